import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import { apiError, type CentreEntry, type ErrorCode } from '@luot/shared'
import { luot, type LuotHandle, type LuotOptions } from '../app.js'
import { LAZY_COMPILERS } from '../http/compilers.js'
import { attachPgBackend, centreAdapters } from '../store/pg/pg-backend.js'
import type { PgShared } from '../store/pg/pg-shared.js'
import { keepDossierDays } from './dossier-days.js'

/** One open centre: its own Fastify instance on a server that never listens; the host hands it its requests. */
export interface OpenCentre {
  entry: CentreEntry
  app: FastifyInstance
  handle: LuotHandle
  server: Server
  /** Stops keeping the centre's closed days' dossier figures. */
  stopDossierDays: () => void
}

export interface CentreHostOptions {
  shared: PgShared
  log: FastifyBaseLogger
  /** Passed to every centre's plugin (printing, rate limits, cookies, proxies, the clock in tests). */
  centreOptions: Omit<LuotOptions, 'prefix' | 'pgBackend' | 'centre' | 'databaseUrl' | 'dataDir' | 'store' | 'expose'>
  trustProxy: string[]
  /** Centres opened at once at start (each reads its day from PostgreSQL). */
  openConcurrency?: number
}

const CENTRE_PATH = /^\/c\/([a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?)(?=[/?]|$)/

/**
 * Serves every active centre of the province in this process, each at `/c/{slug}/…` exactly as a
 * one-centre server serves `/…`: its own Fastify instance (routes, hooks, sessions), its own
 * socket.io server at `/c/{slug}/socket.io` (on a PostgreSQL adapter channel of its own), its own
 * queue, printers and timers. Centres are opened and closed while the process runs, as the
 * directory changes on any process.
 */
export class CentreHost {
  private readonly open = new Map<string, OpenCentre>()
  private readonly opening = new Map<string, Promise<OpenCentre | undefined>>()
  private readonly known = new Map<string, CentreEntry>()
  /** Made with the first centre opened, dropped with the last one closed (which ends its LISTEN connection). */
  private adapters: ReturnType<typeof centreAdapters> | undefined
  private syncing: Promise<void> = Promise.resolve()

  constructor(private readonly opts: CentreHostOptions) {}

  /** The open centres, by slug. */
  centres(): OpenCentre[] {
    return [...this.open.values()]
  }

  get(slug: string): OpenCentre | undefined {
    return this.open.get(slug)
  }

  /** Brings the open centres in line with the directory: opens the active ones, closes the archived and deleted ones. Serialised. */
  sync(entries: CentreEntry[]): Promise<void> {
    this.syncing = this.syncing.then(() => this.apply(entries)).catch((err: unknown) => this.opts.log.error({ err }, 'province: centres could not be opened or closed'))
    return this.syncing
  }

  private async apply(entries: CentreEntry[]): Promise<void> {
    this.known.clear()
    for (const e of entries) this.known.set(e.slug, e)
    const gone = [...this.open.keys()].filter((slug) => this.known.get(slug)?.state !== 'active')
    for (const slug of gone) await this.closeCentre(slug)
    for (const [slug, c] of this.open) c.entry = this.known.get(slug)!
    const toOpen = entries.filter((e) => e.state === 'active' && !this.open.has(e.slug))
    const queue = [...toOpen]
    const worker = async (): Promise<void> => {
      for (let e = queue.shift(); e; e = queue.shift()) await this.openCentre(e)
    }
    await Promise.all(Array.from({ length: this.opts.openConcurrency ?? 4 }, worker))
  }

  private openCentre(entry: CentreEntry): Promise<OpenCentre | undefined> {
    const pending = this.build(entry)
      .then((c) => (this.open.set(entry.slug, c), c))
      .catch((err: unknown) => {
        // one centre that cannot open (a bad row) must not keep the others down: it answers 404 and the log says why
        this.opts.log.error({ err, centre: entry.slug }, 'province: a centre could not be opened')
        return undefined
      })
      .finally(() => this.opening.delete(entry.slug))
    this.opening.set(entry.slug, pending)
    return pending
  }

  private async build(entry: CentreEntry): Promise<OpenCentre> {
    const server = createServer()
    const log = this.opts.log.child({ centre: entry.slug })
    const app = Fastify({
      loggerInstance: log,
      trustProxy: this.opts.trustProxy.length ? this.opts.trustProxy : false,
      schemaController: LAZY_COMPILERS,
      serverFactory: (handler) => server.on('request', handler),
    })
    let handle: LuotHandle | undefined
    try {
      const pgBackend = await attachPgBackend(this.opts.shared, entry.slug, (this.adapters ??= centreAdapters(this.opts.shared, (err) => this.opts.log.warn({ err }, 'socket.io adapter')))(entry.slug))
      await app.register(luot, { ...this.opts.centreOptions, trustProxy: this.opts.trustProxy, prefix: `/c/${entry.slug}`, centre: entry.slug, pgBackend, expose: (h) => (handle = h) })
      await app.ready()
    } catch (err) {
      // what the half-opened centre started (timers, the webhook sender) stops with it
      await app.close().catch(() => undefined)
      throw err
    }
    const stopDossierDays = keepDossierDays(this.opts.shared, entry.slug, handle!.service, handle!.dossiers, (err) => log.error({ err }, "a closed day's dossier figures could not be stored"))
    return { entry, app, handle: handle!, server, stopDossierDays }
  }

  private async closeCentre(slug: string): Promise<void> {
    const c = this.open.get(slug)
    if (!c) return
    this.open.delete(slug)
    c.stopDossierDays()
    await c.app.close()
    // the last centre's close ended the adapters' LISTEN connection: the next centre gets a new one
    if (this.open.size === 0) this.adapters = undefined
  }

  /** Hands a request under `/c/{slug}/` to its centre; false when the URL is not a centre's. */
  dispatch(req: IncomingMessage, res: ServerResponse): boolean {
    const slug = CENTRE_PATH.exec(req.url ?? '')?.[1]
    if (slug === undefined) return false
    void this.centreFor(slug).then((c) => {
      if (c) c.server.emit('request', req, res)
      else this.refuse(res, slug)
    })
    return true
  }

  /** Hands a WebSocket upgrade under `/c/{slug}/` to its centre's socket.io; false when the URL is not a centre's. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const slug = CENTRE_PATH.exec(req.url ?? '')?.[1]
    if (slug === undefined) return false
    void this.centreFor(slug).then((c) => {
      if (c) c.server.emit('upgrade', req, socket, head)
      else socket.destroy()
    })
    return true
  }

  private async centreFor(slug: string): Promise<OpenCentre | undefined> {
    return this.open.get(slug) ?? (await this.opening.get(slug))
  }

  private refuse(res: ServerResponse, slug: string): void {
    const code: ErrorCode = this.known.get(slug)?.state === 'archived' ? 'CENTRE_ARCHIVED' : 'CENTRE_NOT_FOUND'
    const error = apiError(code)
    res.writeHead(error.code === 'CENTRE_ARCHIVED' ? 410 : 404, { 'content-type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify({ ok: false, error }))
  }

  /** Closes every centre (the process is stopping). */
  async close(): Promise<void> {
    await this.syncing
    await Promise.all([...this.opening.values()])
    for (const slug of [...this.open.keys()]) await this.closeCentre(slug)
  }
}
