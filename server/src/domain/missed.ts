import { LuotError, type MissedTicketView } from '@luot/shared'
import { call, readyToCall } from './calling.js'
import { findTicket } from './tickets.js'
import type { Actor, Config, Ctx, DayState, DayTicket, Result } from './types.js'

/**
 * A missed ticket (no-show) can be called back for the rest of its day, by any clerk at an open,
 * free counter: a citizen who stepped out comes to the counter instead of taking a new number
 * and queueing again. Once the day is closed it cannot.
 */
export const isRecallable = (day: DayState, t: DayTicket): boolean => t.status === 'no-show' && !day.closed

/** Today's missed tickets that can still be called back, the most recent first. */
export function missedViews(day: DayState): MissedTicketView[] {
  return day.tickets
    .filter((t) => isRecallable(day, t))
    .map((t) => {
      const v: MissedTicketView = { id: t.id, number: t.number, serviceId: t.serviceId, priorityGroup: t.priorityGroup, missedAt: t.finishedAt ?? t.calledAt ?? t.issuedAt }
      if (t.counterId) v.counterId = t.counterId
      return v
    })
    .sort((a, b) => b.missedAt.localeCompare(a.missedAt))
}

/** Calls a missed ticket back to this counter (also the console's "undo" of a no-show); audited. */
export function callMissed(day: DayState, config: Config, counterId: string, actor: Actor, ticketId: string, ctx: Ctx): Result<DayTicket> {
  const { counter, rt } = readyToCall(day, config, counterId, actor)
  const ticket = findTicket(day, ticketId)
  if (!isRecallable(day, ticket)) throw new LuotError('INVALID_TRANSITION')
  const { finishedAt: _missed, ...back } = ticket
  const r = call(day, counter, rt, { ...back, recalls: 0 }, actor, ctx)
  const audit = { at: ctx.now.toISOString(), action: 'call-missed' as const, ticketId, number: ticket.number, counterId, clerkId: actor.id }
  return { ...r, state: { ...r.state, audit: [...r.state.audit, audit] } }
}
