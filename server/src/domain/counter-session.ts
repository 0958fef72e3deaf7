import { LuotError, type RecordOf } from '@luot/shared'
import { decided } from './fold.js'
import { counterRuntime } from './tickets.js'
import type { Actor, Config, Ctx, DayState, Result } from './types.js'

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

type CounterRecord = RecordOf<'counter-opened'> | RecordOf<'counter-paused'> | RecordOf<'counter-closed'>
const changed = (day: DayState, record: CounterRecord): Result => decided(day, [record], () => undefined)

/** Signs the clerk in at a free counter (or resumes their paused one) and opens it. */
export function openCounter(day: DayState, config: Config, counterId: string, actor: Actor, ctx: Ctx): Result {
  findCounter(config, counterId)
  const rt = counterRuntime(day, counterId)
  if (rt.clerkId !== undefined && rt.clerkId !== actor.id) throw new LuotError('COUNTER_TAKEN')
  const elsewhere = Object.entries(day.counters).some(([id, r]) => id !== counterId && r.clerkId === actor.id)
  if (elsewhere) throw new LuotError('CLERK_AT_OTHER_COUNTER')
  return changed(day, { v: 1, type: 'counter-opened', at: ctx.now.toISOString(), counterId, clerkId: actor.id })
}

export function pauseCounter(day: DayState, config: Config, counterId: string, actor: Actor, reason: string, ctx: Ctx): Result {
  findCounter(config, counterId)
  const rt = assertOwnCounter(day, counterId, actor)
  if (!reason.trim()) throw new LuotError('REASON_REQUIRED')
  if (rt.currentTicketId !== undefined) throw new LuotError('COUNTER_BUSY')
  return changed(day, { v: 1, type: 'counter-paused', at: ctx.now.toISOString(), counterId, clerkId: actor.id, reason: reason.trim() })
}

/** Closes the counter and signs the clerk out; refused while a ticket is called or in service. */
export function closeCounter(day: DayState, config: Config, counterId: string, actor: Actor, ctx: Ctx): Result {
  findCounter(config, counterId)
  const rt = assertOwnCounter(day, counterId, actor)
  if (rt.currentTicketId !== undefined) throw new LuotError('COUNTER_BUSY')
  return changed(day, { v: 1, type: 'counter-closed', at: ctx.now.toISOString(), counterId, clerkId: actor.id })
}
