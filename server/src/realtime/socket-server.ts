import { Server, type ServerOptions, type Socket } from 'socket.io'
import { fastifyCookie } from '@fastify/cookie'
import type { Server as HttpServer } from 'node:http'
import { CounterCommandEnvelope, LuotError, PadJoinBody, PadRateBody, RateTicketCommand, ROOMS, TakeTicketCommand, TrackBody, type ClientToServerEvents, type ServerToClientEvents } from '@luot/shared'
import type { SessionTokens } from '../auth/session-token.js'
import type { StoredUser } from '../domain/types.js'
import { SESSION_COOKIE, userFromToken } from '../http/auth.js'
import { originAllowed } from '../http/origin-check.js'
import { issueAtKiosk } from '../issue-at-kiosk.js'
import type { PrintDispatcher } from '../print-dispatcher.js'
import type { QueueService } from '../queue-service.js'
import { command } from './handler.js'
import { WindowLimiter } from './limiter.js'
import { clientAddress } from '../http/client-address.js'
import { syncRooms } from './session-rooms.js'
import type { ScreenInfo } from '../health/screen-registry.js'

/** What the server keeps per socket: the session cookie it connected with, whether it is in staff rooms, the pad keys it joined with. */
export interface SocketData {
  token?: string | undefined
  staff?: boolean
  pads?: Record<string, string>
  /** What the screen said it is at the handshake (see screen-tracking.ts). */
  screen?: ScreenInfo
}
export type LuotSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>
export type LuotIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>

export interface RealtimeDeps {
  service: QueueService
  tokens: SessionTokens
  printer: PrintDispatcher
  path: string
  publicRateLimit: number
  /** socket.io options of the deployment: the PostgreSQL adapter and WebSocket only, with several processes. */
  serverOptions?: Partial<ServerOptions>
  /** Origins besides the server's own whose pages may open a signed-in socket. */
  allowedOrigins: () => readonly string[]
  /** Proxies whose X-Forwarded-For names the client (for per-address limits); none by default. */
  trustProxy?: readonly string[]
}

/** The user behind a socket, checked again on every command (a reset password or logout ends it). */
export function socketUser(deps: RealtimeDeps, socket: LuotSocket): StoredUser | null {
  return userFromToken(deps.service, deps.tokens, socket.data.token)
}

export function snapshotFor(deps: RealtimeDeps, socket: LuotSocket) {
  const user = socketUser(deps, socket)
  return user ? deps.service.staffSnapshot(user.id) : deps.service.publicSnapshot()
}

/** socket.io on Fastify's own HTTP server: a room per role, a snapshot on every (re)connect, an Ack for every command. */
export function attachSocketServer(httpServer: HttpServer, deps: RealtimeDeps): LuotIo {
  const io: LuotIo = new Server(httpServer, { ...deps.serverOptions, path: deps.path, serveClient: false, pingInterval: 5000, pingTimeout: 4000 })
  const limiter = new WindowLimiter(deps.publicRateLimit)
  const addressOf = clientAddress(deps.trustProxy ?? [])
  const limited = (socket: LuotSocket) => {
    if (!limiter.allow(addressOf(socket.request))) throw new LuotError('RATE_LIMITED')
  }

  // Same-site is not same-origin: a signed-in handshake from another origin's page is refused.
  // Anonymous sockets (displays, kiosks, phones, the framed widget) may come from anywhere.
  io.use((socket, next) => {
    socket.data.token = fastifyCookie.parse(socket.request.headers.cookie ?? '')[SESSION_COOKIE]
    if (socketUser(deps, socket) && !originAllowed(socket.request.headers, deps.allowedOrigins)) return next(new Error('ORIGIN_NOT_ALLOWED'))
    next()
  })

  io.on('connection', (socket: LuotSocket) => {
    void socket.join(ROOMS.public)
    syncRooms(deps, socket)
    socket.emit('queue:snapshot', snapshotFor(deps, socket))

    socket.on('snapshot:get', (ack) => {
      if (typeof ack === 'function') ack({ ok: true, data: snapshotFor(deps, socket) })
    })
    socket.on('ticket:take', command(TakeTicketCommand, (body) => {
      limited(socket)
      return issueAtKiosk(deps, body, { user: socketUser(deps, socket) })
    }))
    socket.on('ticket:track', command(TrackBody, async ({ trackingCode }) => {
      limited(socket)
      const view = await deps.service.track(trackingCode)
      void socket.join(ROOMS.track(trackingCode))
      // a phone follows its own ticket only: one message per change, not the whole hall's
      if (!socketUser(deps, socket)) void socket.leave(ROOMS.public)
      return view
    }))
    socket.on('ticket:rate', command(RateTicketCommand, ({ trackingCode, ...body }) => {
      limited(socket)
      return deps.service.rate({ trackingCode }, body)
    }))
    socket.on('pad:join', command(PadJoinBody, ({ counterId, key }) => {
      if (!deps.service.config.counters.some((c) => c.id === counterId)) throw new LuotError('COUNTER_NOT_FOUND')
      if (!deps.tokens.isPadKey(counterId, deps.service.config.padKeyRotations[counterId] ?? 0, key)) throw new LuotError('PAD_NOT_PAIRED')
      socket.data.pads = { ...socket.data.pads, [counterId]: key }
      void socket.join(ROOMS.counter(counterId))
      return { counterId }
    }))
    socket.on('pad:rate', command(PadRateBody, async ({ ratingToken, ...body }) => {
      limited(socket)
      const t = await deps.service.rate({ ratingToken }, body)
      return { number: t.number }
    }))
    socket.on('counter:command', command(CounterCommandEnvelope, ({ counterId, command: cmd }) => {
      const actor = socketUser(deps, socket)
      if (!actor) throw new LuotError('UNAUTHENTICATED')
      return deps.service.counterCommand(counterId, actor, cmd)
    }))
  })
  io.engine.on('connection_error', () => undefined)
  return io
}

