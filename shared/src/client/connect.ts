import { io, type Socket } from 'socket.io-client'
import { SOCKET_TRANSPORTS, type ClientToServerEvents, type ServerToClientEvents } from '../events.js'
import { deviceId, handshakeAuth, SEEN_EVERY_MS, type ScreenIdentity } from './screen-identity.js'

/**
 * The one file of the project that imports socket.io-client (an ESLint rule keeps it so): every
 * app connects through here, with the event maps of shared/src/events.ts typed on both ends.
 */
export type LuotSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/** Where Lượt is mounted: the server injects it into every page it serves ('/' in dev). */
export function rootPath(): string {
  return document.querySelector('meta[name=luot-root]')?.getAttribute('content') ?? '/'
}

export interface ConnectOptions {
  /** False: the caller adds its listeners first, then calls socket.connect() (so the first snapshot is not missed). */
  autoConnect?: boolean
  reconnectionDelay?: number
  reconnectionDelayMax?: number
  /** Tests and embedders: the server's origin; pages use their own. */
  url?: string
  path?: string
  /** What this page is (the server lists it on the health page, counts it in /metrics and watches its clock). */
  screen?: ScreenIdentity
}

/** A socket to the Lượt server this page came from, over WebSocket only (see SOCKET_TRANSPORTS); it reconnects by itself, for ever. */
export function connect(opts: ConnectOptions = {}): LuotSocket {
  const { url, path, screen, ...rest } = opts
  const auth = screen ? handshakeAuth(screen, deviceId()) : undefined
  const options = { path: path ?? `${rootPath()}socket.io`, transports: SOCKET_TRANSPORTS, reconnectionDelayMax: 3000, ...rest, ...(auth ? { auth: (cb: (data: object) => void) => cb(auth()) } : {}) }
  const socket: LuotSocket = url === undefined ? io(options) : io(url, options)
  if (screen) reportClock(socket)
  return socket
}

/**
 * Every minute while connected, this browser's clock: a clock that drifts shows up without a
 * reconnect. Volatile (never buffered while offline); the timer ends with the socket's close().
 */
function reportClock(socket: LuotSocket): void {
  const timer = setInterval(() => {
    if (!socket.active) clearInterval(timer)
    else if (socket.connected) socket.volatile.emit('screen:seen', { clock: Date.now() })
  }, SEEN_EVERY_MS)
}
