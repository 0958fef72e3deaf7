import { createServer } from 'node:http'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import fastifyCookie from '@fastify/cookie'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { collectDefaultMetrics, Registry } from 'prom-client'
import type { LuotOptions } from '../app.js'
import { metricsRoute } from '../http/metrics-route.js'
import { trustedProxies } from '../http/client-address.js'
import { LAZY_COMPILERS, lazySerializerCompiler, lazyValidatorCompiler } from '../http/compilers.js'
import { installErrorHandler } from '../http/error-handler.js'
import { normaliseOrigin, originHook, parseAllowedOrigins } from '../http/origin-check.js'
import { securityHeaders } from '../http/security-headers.js'
import { REPO_ROOT } from '../http/static-apps.js'
import { closePgShared, openPgShared } from '../store/pg/pg-shared.js'
import { CentreDirectory } from './centre-directory.js'
import { CentreHost } from './centre-host.js'
import { accountFromToken, documentProvinceRoles, PROVINCE_COOKIE, provinceTokens } from './province-auth.js'
import { ProvinceRecords } from './province-records.js'
import { provincePage } from './province-page.js'
import { provinceRoutes } from './province-routes.js'
import { attachProvinceSocket } from './province-socket.js'
import { Province } from './province.js'
import { silentHere } from './province-live.js'
import { shareSilentScreens } from './screens-across.js'
import { centreAdapters } from '../store/pg/pg-backend.js'
import type { Server } from 'socket.io'

/**
 * How often each centre's webhook sender looks for due retries: a hundred centres looking every
 * second would be a hundred queries a second per process doing nothing. New events are sent at once
 * whatever this is (queuing one wakes the sender).
 */
const PROVINCE_WEBHOOK_POLL_MS = 5_000
/** The province's own socket.io channel between processes (`socket.io#/c/*province/`): no centre slug can be it. */
const PROVINCE_CHANNEL = '*province'

export interface ProvinceOptions {
  databaseUrl: string
  /** The province's name as its centres print it. */
  provinceName?: string
  /** The installation's public address (tracking links: `{publicBaseUrl}/c/{slug}/t/…`). */
  publicBaseUrl?: string
  passwords?: { admin?: string | undefined; manager?: string | undefined }
  /** Called once at the province's first start with the passwords it generated. */
  onFirstStart?: (generated: { username: string; password: string }[]) => void
  allowedOrigins?: string[]
  trustProxy?: string[]
  secureCookies?: boolean
  publicRateLimit?: number
  /** What every centre's plugin is given besides its own prefix and store (printing, timings in tests). */
  centreOptions?: Pick<LuotOptions, 'printJob' | 'printerCheckMs' | 'serveApps' | 'appsRoot' | 'webhooks' | 'metricsToken' | 'health' | 'clock' | 'ids'>
  clock?: () => Date
  /** Connections of this process's pool, shared by all its centres (default 20). */
  poolSize?: number
  logger?: FastifyServerOptions['logger']
  /** Lets another machine read /metrics (and each centre's /c/{slug}/metrics) with this Bearer token. */
  metricsToken?: string | undefined
  /** How often each process tells the others which screens it finds silent (default 10 000 ms). */
  screensEveryMs?: number
  /** Live view refresh while someone watches (default 2 000 ms). */
  liveEveryMs?: number
}

/**
 * A province on one installation: one PostgreSQL, any number of processes like this one, each
 * serving every active centre at `/c/{slug}/…` (see CentreHost) and the province's own pages and
 * API at `/province/` and `/api/province/…`. A process learns of centres created, archived or
 * deleted through any process by NOTIFY.
 */
export async function buildProvince(opts: ProvinceOptions): Promise<FastifyInstance> {
  const shared = await openPgShared(opts.databaseUrl, opts.poolSize)
  const clock = opts.clock ?? (() => new Date())
  const trusted = trustedProxies(opts.trustProxy ?? [])
  let host: CentreHost | undefined
  let requestHandler: ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void) | undefined
  const server = createServer((req, res) => {
    if (!host?.dispatch(req, res)) requestHandler!(req, res)
  })
  const app = Fastify({ logger: opts.logger ?? false, trustProxy: trusted.length ? trusted : false, schemaController: LAZY_COMPILERS, serverFactory: (handler) => ((requestHandler = handler), server) })
  try {
    const records = new ProvinceRecords(shared)
    const { accounts, generated } = await records.accounts(opts.passwords ?? {})
    if (generated.length) opts.onFirstStart?.(generated)
    const { tokens, unwatch } = await provinceTokens(shared)
    host = new CentreHost({ shared, log: app.log, trustProxy: opts.trustProxy ?? [], centreOptions: { publicRateLimit: opts.publicRateLimit ?? 120, metricsToken: opts.metricsToken, secureCookies: opts.secureCookies ?? false, allowedOrigins: opts.allowedOrigins ?? [], ...opts.centreOptions, webhooks: { pollMs: PROVINCE_WEBHOOK_POLL_MS, ...opts.centreOptions?.webhooks } } })
    server.on('upgrade', (req, socket, head) => {
      if (host!.upgrade(req, socket, head)) return
      if (!req.url?.startsWith('/province/socket.io')) socket.destroy()
    })
    const directory = new CentreDirectory(shared)
    const publicBaseUrl = opts.publicBaseUrl ?? 'http://localhost:3000'
    const province = new Province({ shared, directory, records, host, tokens, accounts, info: { name: opts.provinceName ?? 'Tỉnh', publicBaseUrl }, clock, secureCookies: opts.secureCookies ?? false, publicRateLimit: opts.publicRateLimit ?? 120 })
    const allowList = parseAllowedOrigins(opts.allowedOrigins ?? [])
    const allowedOrigins = (): string[] => [...allowList, ...(normaliseOrigin(publicBaseUrl) ?? [])]

    const api = app.withTypeProvider<TypeBoxTypeProvider>()
    api.setValidatorCompiler(lazyValidatorCompiler)
    api.setSerializerCompiler(lazySerializerCompiler)
    installErrorHandler(api)
    await api.register(fastifyCookie)
    await api.register(securityHeaders, { contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:'], 'connect-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'upgrade-insecure-requests': null } }, hsts: false })
    await api.register(rateLimit, { global: false, errorResponseBuilder: () => ({ statusCode: 429, code: 'RATE_LIMITED', message: 'rate limited' }) })
    await api.register(swagger, { openapi: { info: { title: 'Lượt province API', description: 'The centres of a province on one installation: each centre at /c/{slug}/ (its own API under /c/{slug}/api/docs)', version: '0.1.0' }, components: { securitySchemes: { provinceSession: { type: 'apiKey', in: 'cookie', name: PROVINCE_COOKIE } } } } })
    await api.register(swaggerUi, { routePrefix: '/api/province/docs' })
    api.decorateRequest('provinceUser', null)
    api.addHook('onRoute', documentProvinceRoles)
    api.addHook('onRequest', originHook(allowedOrigins))
    api.addHook('onRequest', async (req) => {
      req.provinceUser = accountFromToken(() => province.accounts(), tokens, req.cookies[PROVINCE_COOKIE])
    })
    await api.register(async (r) => provinceRoutes(r.withTypeProvider<TypeBoxTypeProvider>(), province))
    // the process's memory, event loop and GC, once for all its centres (each centre's queue figures: /c/{slug}/metrics)
    const processRegistry = new Registry()
    collectDefaultMetrics({ register: processRegistry })
    await api.register(async (r) => metricsRoute(r.withTypeProvider<TypeBoxTypeProvider>(), processRegistry, opts.metricsToken))
    if (opts.centreOptions?.serveApps !== false) await api.register(provincePage, { appsRoot: opts.centreOptions?.appsRoot ?? REPO_ROOT })

    const onError = (err: unknown): void => app.log.error({ err }, 'province live view failed')
    const adapter = centreAdapters(shared, (err) => app.log.warn({ err }, 'socket.io adapter'))(PROVINCE_CHANNEL)
    const socket = attachProvinceSocket(server, { tokens, accounts: () => province.accounts(), allowedOrigins, live: () => province.live(), onError, adapter, ...(opts.liveEveryMs ? { everyMs: opts.liveEveryMs } : {}) })
    const screens = shareSilentScreens(socket.io as unknown as Server, () => host!.centres(), (c) => silentHere(c, clock()), opts.screensEveryMs ?? 10_000, onError)
    province.shareScreens(screens)
    await province.refresh()
    const unwatchDirectory = directory.watch(() => void province.refresh())
    // a password changed through any process: its sessions end here too, sockets included
    const unwatchAccounts = records.watchAccounts(() => void province.reloadAccounts().then(socket.sweep, (err: unknown) => app.log.error({ err }, 'province accounts could not be read')))
    app.addHook('preClose', async () => {
      unwatchDirectory()
      unwatchAccounts()
      screens.stop()
      unwatch()
      socket.stop()
    })
    app.addHook('onClose', async () => {
      await host!.close()
      await socket.io.of('/').adapter.close()
      await closePgShared(shared)
    })
    app.decorate('province', province)
    await app.ready()
    return app
  } catch (err) {
    await host?.close().catch(() => undefined)
    await closePgShared(shared)
    throw err
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Set on apps made by `buildProvince`. */
    province: Province
  }
}
