import type { Server as HttpServer } from 'node:http'
import { fastifyCookie } from '@fastify/cookie'
import { Server, type ServerOptions } from 'socket.io'
import { SOCKET_TRANSPORTS, type ProvinceLive, type ProvinceServerEvents } from '@luot/shared'
import type { SessionTokens } from '../auth/session-token.js'
import { originAllowed } from '../http/origin-check.js'
import { accountFromToken, PROVINCE_COOKIE } from './province-auth.js'
import type { ProvinceAccount } from './province-records.js'

export const PROVINCE_SOCKET_PATH = '/province/socket.io'
const ROOM = 'province'

export interface ProvinceSocketDeps {
  tokens: SessionTokens
  accounts: () => ProvinceAccount[]
  allowedOrigins: () => readonly string[]
  live: () => Promise<ProvinceLive>
  onError: (err: unknown) => void
  /** How often the live view is worked out again while someone watches (default 2 000 ms). */
  everyMs?: number
  /** socket.io's PostgreSQL adapter, so the processes can tell each other what they see (`shareSilentScreens`). */
  adapter: ServerOptions['adapter']
}

/**
 * The province's socket: only a province session connects (a centre's cookie or none gets
 * connect_error UNAUTHENTICATED); it joins the province room and gets `province:live` at once, then
 * whenever the view changed, at most every 2 s. A logout or a password change (`sweep`) ends its sockets.
 */
export function attachProvinceSocket(httpServer: HttpServer, deps: ProvinceSocketDeps): { io: Server<Record<string, never>, ProvinceServerEvents>; stop: () => void; sweep: () => void } {
  // the centres' own socket.io servers take their upgrades from the host: not ours to refuse
  const io = new Server<Record<string, never>, ProvinceServerEvents>(httpServer, { adapter: deps.adapter, path: PROVINCE_SOCKET_PATH, transports: SOCKET_TRANSPORTS, serveClient: false, destroyUpgrade: false, pingInterval: 5000, pingTimeout: 4000 })
  const tokenOf = (headers: { cookie?: string | undefined }): string | undefined => fastifyCookie.parse(headers.cookie ?? '')[PROVINCE_COOKIE]
  io.use((socket, next) => {
    if (!accountFromToken(deps.accounts, deps.tokens, tokenOf(socket.request.headers))) return next(new Error('UNAUTHENTICATED'))
    if (!originAllowed(socket.request.headers, deps.allowedOrigins)) return next(new Error('ORIGIN_NOT_ALLOWED'))
    next()
  })
  let last = ''
  const push = async (): Promise<void> => {
    if (!io.sockets.adapter.rooms.get(ROOM)?.size) return
    const live = await deps.live()
    const text = JSON.stringify({ ...live, at: '' })
    if (text === last) return
    last = text
    io.to(ROOM).emit('province:live', live)
  }
  io.on('connection', (socket) => {
    void socket.join(ROOM)
    void deps.live().then((live) => socket.emit('province:live', live), deps.onError)
  })
  const sweep = (): void => {
    for (const socket of io.sockets.sockets.values()) if (!accountFromToken(deps.accounts, deps.tokens, tokenOf(socket.request.headers))) socket.disconnect(true)
  }
  const offRevoke = deps.tokens.onRevoke(sweep)
  const timer = setInterval(() => void push().catch(deps.onError), deps.everyMs ?? 2000)
  timer.unref()
  return {
    io,
    sweep,
    stop: () => {
      clearInterval(timer)
      offRevoke()
      io.engine.close()
    },
  }
}
