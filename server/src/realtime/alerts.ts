import { ROOMS, type Alert } from '@luot/shared'
import type { LuotIo } from './socket-server.js'

const KEEP = 50
const recent = new WeakMap<LuotIo, Alert[]>()

/** Warnings a manager must see (a printer down, a ticket past its target wait); the latest are kept for managers who sign in later. */
export function alertManagers(io: LuotIo, alert: Alert): void {
  const list = recent.get(io) ?? []
  recent.set(io, [alert, ...list].slice(0, KEEP))
  io.to(ROOMS.manager).emit('alert', alert)
}

/** The latest alerts of this server, newest first. */
export function recentAlerts(io: LuotIo): Alert[] {
  return recent.get(io) ?? []
}
