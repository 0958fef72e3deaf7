import { ROOMS, type Alert } from '@luot/shared'
import type { LuotIo } from './socket-server.js'

/** Warnings a manager must see (a printer down, a ticket past its target wait). */
export function alertManagers(io: LuotIo, alert: Alert): void {
  io.to(ROOMS.manager).emit('alert', alert)
}
