import { ROOMS, type Role } from '@luot/shared'
import { hasRole } from '../http/auth.js'
import type { LuotIo, LuotSocket, RealtimeDeps } from './socket-server.js'
import { socketUser } from './socket-server.js'

const STAFF_ROOMS: [Role, string][] = [
  ['clerk', ROOMS.clerk],
  ['manager', ROOMS.manager],
  ['admin', ROOMS.admin],
]

/**
 * Puts a socket in the staff rooms its session allows now, and takes it out of the others. A socket
 * whose session ended (logout, deactivation, password reset, deletion) leaves every staff room at
 * once, forgets its cookie and gets `session:ended`. A rating pad whose key was rotated leaves its
 * counter's room. Run on connect, after every logout and after every configuration change.
 */
export function syncRooms(deps: RealtimeDeps, socket: LuotSocket): void {
  const user = socketUser(deps, socket)
  for (const [role, room] of STAFF_ROOMS) {
    if (user && hasRole(user, role)) void socket.join(room)
    else if (socket.rooms.has(room)) void socket.leave(room)
  }
  if (!user && socket.data.token !== undefined) {
    socket.data.token = undefined
    if (socket.data.staff) socket.emit('session:ended')
  }
  socket.data.staff = user !== null
  for (const [counterId, key] of Object.entries(socket.data.pads ?? {})) {
    const rotation = deps.service.config.padKeyRotations[counterId] ?? 0
    if (deps.service.config.counters.some((c) => c.id === counterId) && deps.tokens.isPadKey(counterId, rotation, key)) continue
    void socket.leave(ROOMS.counter(counterId))
    delete socket.data.pads![counterId]
  }
}

/** Re-checks every socket whenever a session may have ended; returns the unsubscribe. */
export function followSessions(io: LuotIo, deps: RealtimeDeps): () => void {
  const sweep = (): void => {
    for (const socket of io.sockets.sockets.values()) syncRooms(deps, socket)
  }
  const offRevoke = deps.tokens.onRevoke(sweep)
  const offConfig = deps.service.subscribe((e) => e.kind === 'config' && sweep())
  return () => {
    offRevoke()
    offConfig()
  }
}
