import { LuotError, type RecordOf } from '@luot/shared'
import { findCounter } from './counter-session.js'
import { decided } from './fold.js'
import { counterRuntime, findTicket } from './tickets.js'
import { waitingTickets } from './day-summary.js'
import type { Actor, Config, Ctx, DayState, DayTicket, Result } from './types.js'

/** Where a ticket taken back from a counter queues again: before every ticket of its service still waiting. */
function headOfQueue(day: DayState, ticket: DayTicket): string {
  const waiting = waitingTickets(day).filter((t) => t.serviceId === ticket.serviceId).map((t) => t.queuedAt)
  const first = [ticket.queuedAt, ...waiting].sort()[0]!
  return first < ticket.queuedAt ? new Date(Date.parse(first) - 1).toISOString() : ticket.queuedAt
}

/**
 * A manager or admin closes a counter someone holds (a clerk who left it open, an account that was
 * deactivated). The clerk is signed out of it, the ticket in hand goes back to the head of its
 * queue, and the reason goes into the audit trail.
 */
export function releaseCounter(day: DayState, config: Config, counterId: string, actor: Actor, reason: string, ctx: Ctx): Result {
  if (actor.role === 'clerk') throw new LuotError('FORBIDDEN')
  findCounter(config, counterId)
  if (!reason.trim()) throw new LuotError('REASON_REQUIRED')
  const rt = counterRuntime(day, counterId)
  if (rt.clerkId === undefined) throw new LuotError('COUNTER_NOT_OPEN')
  const record: RecordOf<'counter-released'> = { v: 1, type: 'counter-released', at: ctx.now.toISOString(), counterId, clerkId: rt.clerkId, byId: actor.id, reason: reason.trim() }
  const ticket = rt.currentTicketId === undefined ? undefined : findTicket(day, rt.currentTicketId)
  if (ticket) Object.assign(record, { ticketId: ticket.id, queuedAt: headOfQueue(day, ticket) })
  return decided(day, [record], () => undefined)
}

/** Frees the counter a user holds, if any (deactivation, deletion); a no-op otherwise. */
export function releaseClerk(day: DayState, config: Config, userId: string, actor: Actor, reason: string, ctx: Ctx): Result {
  const held = Object.entries(day.counters).find(([id, rt]) => rt.clerkId === userId && config.counters.some((c) => c.id === id))
  if (!held) return { state: day, events: [], records: [], value: undefined }
  return releaseCounter(day, config, held[0], actor, reason, ctx)
}
