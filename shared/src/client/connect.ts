import { io, type Socket } from 'socket.io-client'
import { SOCKET_TRANSPORTS, type ClientToServerEvents, type ServerToClientEvents } from '../events.js'

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
}

/** A socket to the Lượt server this page came from, over WebSocket only (see SOCKET_TRANSPORTS); it reconnects by itself, for ever. */
export function connect(opts: ConnectOptions = {}): LuotSocket {
  const { url, path, ...rest } = opts
  const options = { path: path ?? `${rootPath()}socket.io`, transports: SOCKET_TRANSPORTS, reconnectionDelayMax: 3000, ...rest }
  return url === undefined ? io(options) : io(url, options)
}
