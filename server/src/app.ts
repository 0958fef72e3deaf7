import { SOCKET_TRANSPORTS, type Alert } from '@luot/shared'
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify'
import fastifyCookie from '@fastify/cookie'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { clientAddress, trustedProxies } from './http/client-address.js'
import { LAZY_COMPILERS, lazySerializerCompiler, lazyValidatorCompiler, warmUpSerializers } from './http/compilers.js'
import { SessionTokens } from './auth/session-token.js'
import type { Config } from './domain/types.js'
import { adminRoutes } from './http/admin-routes.js'
import { SESSION_COOKIE, userFromToken } from './http/auth.js'
import { authRoutes } from './http/auth-routes.js'
import type { RouteDeps } from './http/context.js'
import { counterRoutes } from './http/counter-routes.js'
import { displayRoutes } from './http/display-routes.js'
import { securityHeaders } from './http/security-headers.js'
import { installErrorHandler } from './http/error-handler.js'
import { publicRoutes } from './http/public-routes.js'
import { REPO_ROOT, staticApps } from './http/static-apps.js'
import { statsRoutes } from './http/stats-routes.js'
import { historyRoutes } from './http/history-routes.js'
import { printerRoutes } from './http/printer-routes.js'
import { metricsRoute } from './http/metrics-route.js'
import { healthRoutes } from './http/health-routes.js'
import { startHealth, type HealthMonitor, type HealthOptions } from './health/system-health.js'
import { startBackups } from './backup/start-backups.js'
import type { NightlyBackup } from './backup/nightly.js'
import { createMetrics, type LuotMetrics } from './metrics/queue-metrics.js'
import { timedStore } from './metrics/timed-store.js'
import { PrintDispatcher, type PrintJob } from './print-dispatcher.js'
import { escposBlocksJob, escposPrintJob, warmUpPrinting } from './print-job.js'
import { printerFailureText } from './printing/printer-failure.js'
import { printerConditionText } from './printing/printer-condition-text.js'
import { PrinterWatch } from './printing/printer-watch.js'
import { PrinterLines } from './printing/printer-lines.js'
import { isIssuing } from './domain/opening-hours.js'
import { QueueService } from './queue-service.js'
import type { IdSource } from './queue/ids.js'
import { startBroadcaster } from './realtime/broadcaster.js'
import { attachSocketServer } from './realtime/socket-server.js'
import { followSessions } from './realtime/session-rooms.js'
import { alertManagers, recentAlerts } from './realtime/alerts.js'
import { startWaitAlerts } from './realtime/wait-alerts.js'
import { createDemoCentre, type FirstStartPasswords } from './setup/first-start.js'
import { checkSecret, loadOrCreateSecret } from './setup/secret.js'
import { fileRevocations, memoryRevocations } from './auth/revocation-store.js'
import { normaliseOrigin, originHook, parseAllowedOrigins } from './http/origin-check.js'
import { documentRoles, SECURITY_SCHEMES } from './http/openapi-roles.js'
import { padLink } from './http/pad-links.js'
import { JournalStore } from './store/journal-store.js'
import { followBookings } from './booking/start-bookings.js'
import { openCentreRecords } from './centre-records.js'
import { bookingRoutes } from './http/booking-routes.js'
import type { SenderOptions } from './integrations/outbox-sender.js'
import { integrationRoutes } from './http/integration-routes.js'
import { followDossiers } from './dossier/start-dossiers.js'
import { startDossierAlerts } from './dossier/dossier-alerts.js'
import { dossierRoutes } from './http/dossier-routes.js'
import type { DossierService } from './dossier/dossier-service.js'
import type { Store } from './store/port.js'
import type { PgBackend } from './store/pg/pg-backend.js'

export interface LuotOptions {
  /** Data directory for the embedded store (default ./data). Ignored when `store` or `databaseUrl` is given. */
  dataDir?: string
  store?: Store
  /** `postgres://…`: the store, sessions and socket.io broadcasts in PostgreSQL, shared by several server processes. */
  databaseUrl?: string
  /** With `databaseUrl`: the centre of the database this process serves (default "default"). */
  centre?: string
  /** A province process's centre: its store, sessions and socket adapter on connections shared with the other centres (`province/`). */
  pgBackend?: PgBackend
  clock?: () => Date
  ids?: IdSource
  /** Base URL for tracking links, used when the demo centre is first created. */
  publicBaseUrl?: string
  passwords?: FirstStartPasswords
  /** Called once at first start (an empty data directory) with the passwords it generated, so they can be shown to the operator. */
  onFirstStart?: (generated: { username: string; password: string }[]) => void
  /** Origins besides the server's own (and the centre's public base URL) whose pages may send state-changing requests. */
  allowedOrigins?: string[]
  sessionSecret?: string
  /** Public requests a minute per address (default 120); 0 turns limiting off. */
  publicRateLimit?: number
  secureCookies?: boolean
  /** Webhook delivery: waits between attempts, poll interval, timeout, the catch-up after a start (tests shorten them). */
  webhooks?: Pick<SenderOptions, 'retryDelaysMs' | 'pollMs' | 'timeoutMs'> & { catchUpAfterMs?: number }
  /** Prints issued tickets on the kiosk's printer (default ESC/POS over TCP); null turns printing off. */
  printJob?: PrintJob | null
  /** How often the printers are asked their status while the centre is open (default 60 000 ms); they are also asked before each ticket. */
  printerCheckMs?: number
  /** Serve the built kiosk, display and console apps (default true). */
  serveApps?: boolean
  appsRoot?: string
  /**
   * The daily backup of the embedded store's data directory (default: `<dataDir>/backups`, 14 kept,
   * after 18:00 or at the next start); null turns it off. Not used with an injected store (PostgreSQL: pg_dump).
   */
  backup?: { dir?: string | undefined; keep?: number | undefined; at?: string | undefined } | null
  /**
   * Proxies (addresses or CIDR ranges) whose X-Forwarded-For names the client, for the socket
   * rate limits; `buildApp` gives Fastify the same list. Embedded: set Fastify's own `trustProxy` too.
   */
  trustProxy?: readonly string[]
  /** Bearer token that lets another machine read /metrics (this machine always may). */
  metricsToken?: string | undefined
  /** Thresholds of the health page's alerts: disk space (LUOT_DISK_MIN_MB), screen silence, check interval. */
  health?: HealthOptions
  /** Receives the queue service and socket.io server once the plugin is set up. */
  expose?: (handle: LuotHandle) => void
}

/** How long after listening the warm-ups start: the first screens connect and load meanwhile. */
const WARM_UP_AFTER_MS = 300

async function loadConfig(store: Store, opts: LuotOptions): Promise<{ config: Config; firstStart: boolean }> {
  const existing = await store.readConfig()
  if (existing) return { config: existing, firstStart: false }
  const demo = await createDemoCentre(opts.publicBaseUrl ?? 'http://localhost:3000', opts.passwords ?? {}, opts.clock?.())
  // several processes starting at once on one database: the first one's demo centre is everyone's
  const config = store.writeFirstConfig ? await store.writeFirstConfig(demo.config) : (await store.writeConfig(demo.config), demo.config)
  if (config === demo.config) opts.onFirstStart?.(demo.generated)
  return { config, firstStart: config === demo.config }
}

/**
 * Lượt as a Fastify plugin: register it in any Fastify app, under a prefix if you like
 * (`app.register(luot, { prefix: '/queue', dataDir })`). Encapsulated: its hooks, validators and
 * security headers apply to its own routes only.
 */
export const luot: FastifyPluginAsync<LuotOptions> = async (parent, opts) => {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  if (opts.sessionSecret !== undefined) checkSecret(opts.sessionSecret) // before a first start creates anything
  const pg = opts.pgBackend ?? (opts.databaseUrl && !opts.store ? await (await import('./store/pg/pg-backend.js')).openPgBackend(opts.databaseUrl, { centre: opts.centre, sessionSecret: opts.sessionSecret }) : undefined)
  // the store and the printer are made before the io server the metrics read: they report through this
  const metricsRef: { current?: LuotMetrics } = {}
  const store = timedStore(opts.store ?? pg?.store ?? (await JournalStore.open(opts.dataDir ?? './data', { log: (m) => app.log.warn(m) })), (s) => metricsRef.current?.storageWrite(s))
  const { config, firstStart } = await loadConfig(store, opts)
  const service = await QueueService.open({ store, config, onStoreError: (err) => app.log.error({ err }, 'storage: records appended by another process could not be read, or a checkpoint could not be written'), ...(opts.clock ? { clock: opts.clock } : {}), ...(opts.ids ? { ids: opts.ids } : {}) })
  // closed days never change: read (and check) their aggregates now, so a bad one stops the start and the first report is fast (a province's hundred centres: when read)
  if (!opts.pgBackend) await store.readAggregates('1970-01-01', '9999-12-31')
  const ownDir = opts.store || pg ? undefined : (opts.dataDir ?? './data')
  const revocations = pg?.revocations ?? (ownDir ? fileRevocations(ownDir) : memoryRevocations())
  const tokens = new SessionTokens(pg?.secret ?? (await loadOrCreateSecret(ownDir, opts.sessionSecret)), revocations, await revocations.load())
  const unwatchPg = pg && [pg.revocations.watch((nonce, expiresAt) => tokens.noteRevoked(nonce, expiresAt)), pg.store.watchConfig(() => void service.reloadConfig().catch((err) => app.log.error({ err }, 'configuration changed by another process could not be read')))]
  const allowList = parseAllowedOrigins(opts.allowedOrigins ?? [])
  const allowedOrigins = (): string[] => [...allowList, ...(normaliseOrigin(service.config.centre.publicBaseUrl) ?? [])]
  const prefix = app.prefix.replace(/\/+$/, '')
  let warn: (message: string, messageEn: string) => void = () => undefined
  const clock = opts.clock ?? (() => new Date())
  const watch = opts.printJob === null ? undefined : new PrinterWatch({
    printers: () => service.config.settings.printers,
    isOpen: () => isIssuing(service.config.centre, clock()),
    onChange: (status) => {
      const text = printerConditionText(status)
      warn(text.vi, text.en)
    },
    onError: (err) => app.log.error({ err }, 'printer status check failed'),
    clock,
  })
  const lines = watch?.lines ?? new PrinterLines()
  const printer = new PrintDispatcher(
    () => service.config.settings.printers,
    opts.printJob === undefined ? escposPrintJob(() => service.config, lines) : opts.printJob,
    (p, t, err) => {
      const text = printerFailureText(p, { vi: `phiếu ${t.number}`, en: `ticket ${t.number}` }, err)
      warn(text.vi, text.en)
    },
    (status) => metricsRef.current?.printed(status),
    watch,
    opts.printJob === null ? null : escposBlocksJob(lines),
  )
  const records = await openCentreRecords(service, { pg: pg?.store, dataDir: ownDir }, { firstStart, webhooks: opts.webhooks, log: app.log })
  const { bookings, dossiers, integrations } = records
  const deps: RouteDeps = { service, bookings, dossiers, integrations, tokens, printer, secureCookies: opts.secureCookies ?? false, publicRateLimit: opts.publicRateLimit ?? 120, recentAlerts: () => [], dataDir: ownDir, appsRoot: opts.appsRoot ?? REPO_ROOT }

  app.setValidatorCompiler(lazyValidatorCompiler)
  app.setSerializerCompiler(lazySerializerCompiler)
  installErrorHandler(app)
  await app.register(fastifyCookie)
  await app.register(securityHeaders, {
    contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:'], 'media-src': ["'self'", 'blob:', 'data:'], 'connect-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'upgrade-insecure-requests': null } },
    hsts: false,
  })
  await app.register(rateLimit, { global: false, errorResponseBuilder: () => ({ statusCode: 429, code: 'RATE_LIMITED', message: 'rate limited' }) })
  await app.register(swagger, { openapi: { info: { title: 'Lượt API', description: 'Queue system for one-stop public service centres', version: '0.1.0' }, components: { securitySchemes: SECURITY_SCHEMES } } })
  await app.register(swaggerUi, { routePrefix: '/api/docs' })
  app.decorateRequest('user', null)
  app.addHook('onRoute', documentRoles)
  app.addHook('onRequest', originHook(allowedOrigins))
  app.addHook('onRequest', async (req) => {
    req.user = userFromToken(service, tokens, req.cookies[SESSION_COOKIE])
  })

  // each in its own encapsulated context, in this order
  for (const routes of [publicRoutes, authRoutes, counterRoutes, statsRoutes, historyRoutes, adminRoutes, printerRoutes, displayRoutes, bookingRoutes, integrationRoutes, dossierRoutes]) {
    await app.register(async (r) => routes(r.withTypeProvider<TypeBoxTypeProvider>(), deps))
  }
  if (opts.serveApps !== false) await app.register(staticApps, { appsRoot: deps.appsRoot, base: prefix })

  // several processes: broadcasts reach the screens of every process through PostgreSQL; WebSocket only, so no sticky sessions
  const serverOptions = pg ? { adapter: pg.socketAdapter((err) => app.log.warn({ err }, 'socket.io adapter')), transports: SOCKET_TRANSPORTS } : {}
  const realtime = { service, tokens, printer, publicRateLimit: deps.publicRateLimit, allowedOrigins, trustProxy: opts.trustProxy ?? [] }
  const io = attachSocketServer(app.server, { ...realtime, path: `${prefix}/socket.io`, serverOptions })
  deps.recentAlerts = () => recentAlerts(io)
  const metrics = (metricsRef.current = createMetrics(service, io, () => printer.printerStatuses(), !opts.pgBackend))
  await app.register(async (r) => metricsRoute(r.withTypeProvider<TypeBoxTypeProvider>(), metrics.registry, opts.metricsToken))
  warn = (message, messageEn) => alertManagers(io, { kind: 'printer', at: new Date().toISOString(), message, messageEn })
  const stopPrinterWatch = watch?.start(opts.printerCheckMs)
  // the first check of the printers once the server answers, so the health page has them before the first ticket
  app.addHook('onListen', async () => void watch?.tick().catch((err: unknown) => app.log.error({ err }, 'printer status check failed')))
  app.addHook('preClose', async () => stopPrinterWatch?.())
  const stopBroadcaster = startBroadcaster(io, { ...realtime, path: '', serverOptions })
  const stopFollowing = followSessions(io, { ...realtime, path: '' })
  const stopStaffEvents = [followBookings(io, bookings), followDossiers(io, dossiers)]
  const waitAlerts = startWaitAlerts(io, service, opts.clock ? { clock: opts.clock } : {})
  const dossierAlerts = startDossierAlerts(io, dossiers, (err) => app.log.error({ err }, 'dossier alerts failed'))
  app.addHook('preClose', async () => (waitAlerts.stop(), dossierAlerts.stop()))
  const backup = ownDir && opts.backup !== null ? startBackups(ownDir, opts.backup ?? {}, service, (status) => {
    if (!status.ok) alertManagers(io, { kind: 'backup', at: status.at, message: `Sao lưu dữ liệu thất bại: ${status.error}`, messageEn: `The data backup failed: ${status.error}` })
  }, opts.clock) : undefined
  const health = startHealth({ io, service, addressOf: clientAddress(realtime.trustProxy), dataDir: ownDir, backup, printerStatuses: () => printer.printerStatuses(), severalProcesses: pg !== undefined, clock: opts.clock ?? (() => new Date()), onError: (err) => app.log.error({ err }, 'health check failed') }, opts.health)
  app.addHook('preClose', async () => (health.stop(), backup?.stop()))
  await app.register(async (r) => healthRoutes(r.withTypeProvider<TypeBoxTypeProvider>(), health))
  // slow warm-ups wait until the server answers: the serializers' compiler, the printing code and fonts
  app.addHook('onListen', async () => {
    setTimeout(() => {
      warmUpSerializers()
      void warmUpPrinting(service.config).catch((err) => app.log.warn({ err }, 'printing warm-up failed'))
    }, WARM_UP_AFTER_MS).unref()
  })
  const timer = setInterval(() => void service.tick().catch((err) => app.log.error({ err }, 'day roll-over failed')), 30_000).unref()

  app.addHook('preClose', async () => {
    clearInterval(timer)
    stopBroadcaster()
    stopFollowing()
    for (const stop of stopStaffEvents) stop()
    records.unhook()
    // Close the transports without socket.io's "server disconnect" packet: clients then reconnect
    // by themselves when the server is back, as after a crash.
    io.engine.close()
  })
  app.addHook('onClose', async () => {
    for (const stop of unwatchPg || []) stop()
    metrics.stop()
    await records.stop()
    await service.close()
    // the adapter keeps a connection of the pool checked out for LISTEN: hand it back before the pool ends
    if (pg) await io.of('/').adapter.close()
    await store.close()
  })
  opts.expose?.({ service, io, backup, printerWatch: watch, health, dossiers, checkDossierAlerts: dossierAlerts.check, padPath: (counterNumber) => prefix + padLink(tokens, service.config, service.config.counters.find((c) => c.number === counterNumber)?.id ?? '').path })
}

/** What an embedding host (or a test) may reach inside the plugin. */
export interface LuotHandle {
  service: QueueService
  io: ReturnType<typeof attachSocketServer>
  /** The rating pad's URL path for a counter, with its pairing key. */
  padPath: (counterNumber: number) => string
  /** The daily backup, when the embedded store runs it. */
  backup?: NightlyBackup | undefined
  /** The printers' status watch (absent when printing is off); `printerStatuses()` of RouteDeps' `printer` reads it. */
  printerWatch?: PrinterWatch | undefined
  /** The health page's report and checks. */
  health: HealthMonitor
  /** Dossiers and the procedure catalogue. */
  dossiers: DossierService
  /** Checks now for dossiers due soon or overdue and alerts managers (the timer does it every minute). */
  checkDossierAlerts: () => Promise<Alert[]>
}

export interface BuildOptions extends LuotOptions {
  logger?: FastifyServerOptions['logger']
}

/** The whole server as a Fastify instance (what `main.ts` listens with, and what tests inject into). */
export async function buildApp(options: BuildOptions = {}): Promise<FastifyInstance> {
  const { logger, ...luotOptions } = options
  const trusted = trustedProxies(luotOptions.trustProxy ?? [])
  const app = Fastify({ logger: logger ?? false, trustProxy: trusted.length ? trusted : false, schemaController: LAZY_COMPILERS })
  let handle: LuotHandle | undefined
  app.decorate('luot', { getter: () => handle! })
  await app.register(luot, { ...luotOptions, expose: (h) => ((handle = h), options.expose?.(h)) })
  await app.ready()
  return app
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Set on apps made by `buildApp`; an embedding host uses the `expose` option instead. */
    luot: LuotHandle
  }
}

export { QueueService }
export type { Store }
