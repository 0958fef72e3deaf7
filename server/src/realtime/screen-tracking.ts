import type { IncomingMessage } from 'node:http'
import { Compile } from 'typebox/compile'
import { apiError, ScreenHandshake, ScreenSeenBody } from '@luot/shared'
import type { ExtendedError } from 'socket.io'
import type { ScreenInfo, ScreenRegistry } from '../health/screen-registry.js'
import type { LuotIo, LuotSocket } from './socket-server.js'

const checkHandshake = Compile(ScreenHandshake)
const checkSeen = Compile(ScreenSeenBody)

/** The refusal a client gets as `connect_error`: message is the stable code, `data` the full ApiError. */
function refusal(details: string): ExtendedError {
  const err: ExtendedError = new Error('BAD_HANDSHAKE')
  err.data = apiError('BAD_HANDSHAKE', details)
  return err
}

/** Reads the handshake's `auth`: absent fields are fine (old clients are 'unknown'), junk is refused. */
export function screenFromHandshake(auth: unknown, address: string, now: number): ScreenInfo | ExtendedError {
  const body = auth ?? {}
  if (!checkHandshake.Check(body)) {
    const first = [...checkHandshake.Errors(body)][0]
    return refusal(first ? `${first.instancePath || '/'} ${first.message}` : 'auth')
  }
  return {
    kind: body.kind ?? 'unknown',
    id: body.id,
    device: body.device,
    address: address.replace(/^::ffff:/, ''),
    clockAheadMs: body.clock === undefined ? undefined : Math.round(body.clock - now),
  }
}

/**
 * Every socket says what screen it is at the handshake; the registry keeps each one's kind, id,
 * when it connected, when it was last heard from (any packet, the 5 s heartbeat included) and its
 * clock. The info also rides in `socket.data.screen`, so /metrics counts screens by kind.
 */
export function trackScreens(io: LuotIo, registry: ScreenRegistry, clock: () => Date, addressOf: (req: IncomingMessage) => string): void {
  io.use((socket, next) => {
    const info = screenFromHandshake(socket.handshake.auth, addressOf(socket.request), clock().getTime())
    if (info instanceof Error) return next(info)
    socket.data.screen = info
    next()
  })
  io.on('connection', (socket: LuotSocket) => {
    const info = socket.data.screen
    if (!info) return
    const key = registry.connected(socket.id, info, clock().getTime())
    socket.conn.on('packet', () => registry.seen(key, clock().getTime()))
    socket.on('screen:seen', (body: unknown) => {
      if (!checkSeen.Check(body)) return
      const now = clock().getTime()
      info.clockAheadMs = Math.round(body.clock - now)
      registry.seen(key, now, info.clockAheadMs)
    })
    socket.on('disconnect', () => registry.disconnected(key, socket.id, clock().getTime()))
  })
}
