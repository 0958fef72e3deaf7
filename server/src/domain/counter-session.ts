import { LuotError } from '@luot/shared'
import { counterRuntime } from './day.js'
import { setCounter } from './tickets.js'
import type { Actor, Config, DayState, Result } from './types.js'

export function findCounter(config: Config, counterId: string) {
  const counter = config.counters.find((c) => c.id === counterId)
  if (!counter) throw new LuotError('COUNTER_NOT_FOUND')
  return counter
}

/** Every command but `open` needs the clerk signed in at this counter. */
export function assertOwnCounter(day: DayState, counterId: string, actor: Actor) {
  const rt = counterRuntime(day, counterId)
  if (rt.clerkId === undefined) throw new LuotError('COUNTER_NOT_OPEN')
  if (rt.clerkId !== actor.id) throw new LuotError('NOT_YOUR_COUNTER')
  return rt
}

const changed = (state: DayState, counterId: string): Result => ({ state, events: [{ type: 'counter-changed', counterId }], value: undefined })

/** Signs the clerk in at a free counter (or resumes their paused one) and opens it. */
export function openCounter(day: DayState, config: Config, counterId: string, actor: Actor): Result {
  findCounter(config, counterId)
  const rt = counterRuntime(day, counterId)
  if (rt.clerkId !== undefined && rt.clerkId !== actor.id) throw new LuotError('COUNTER_TAKEN')
  const elsewhere = Object.entries(day.counters).some(([id, r]) => id !== counterId && r.clerkId === actor.id)
  if (elsewhere) throw new LuotError('CLERK_AT_OTHER_COUNTER')
  const { pauseReason: _dropped, ...rest } = rt
  return changed(setCounter(day, counterId, { ...rest, state: 'open', clerkId: actor.id }), counterId)
}

export function pauseCounter(day: DayState, config: Config, counterId: string, actor: Actor, reason: string): Result {
  findCounter(config, counterId)
  const rt = assertOwnCounter(day, counterId, actor)
  if (!reason.trim()) throw new LuotError('REASON_REQUIRED')
  if (rt.currentTicketId !== undefined) throw new LuotError('COUNTER_BUSY')
  return changed(setCounter(day, counterId, { ...rt, state: 'paused', pauseReason: reason.trim() }), counterId)
}

/** Closes the counter and signs the clerk out; refused while a ticket is called or in service. */
export function closeCounter(day: DayState, config: Config, counterId: string, actor: Actor): Result {
  findCounter(config, counterId)
  const rt = assertOwnCounter(day, counterId, actor)
  if (rt.currentTicketId !== undefined) throw new LuotError('COUNTER_BUSY')
  return changed(setCounter(day, counterId, { state: 'closed', normalsSincePriority: rt.normalsSincePriority }), counterId)
}
