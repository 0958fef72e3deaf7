import { LuotError, type MissedTicketView, type RecordOf } from '@luot/shared'
import { assertOwnCounter, findCounter } from './counter-session.js'
import { decided, ticketIn } from './fold.js'
import { findTicket } from './tickets.js'
import { missedTickets } from './day-summary.js'
import type { Actor, Config, Ctx, DayState, DayTicket, Result } from './types.js'

/**
 * A missed ticket (no-show) can be called back for the rest of its day, by any clerk at an open,
 * free counter: a citizen who stepped out comes to the counter instead of taking a new number
 * and queueing again. Once the day is closed it cannot.
 */
export const isRecallable = (day: DayState, t: DayTicket): boolean => t.status === 'no-show' && !day.closed

/** Today's missed tickets that can still be called back, the most recent first. */
export function missedViews(day: DayState): MissedTicketView[] {
  if (day.closed) return []
  return missedTickets(day)
    .map((t) => {
      const v: MissedTicketView = { id: t.id, number: t.number, serviceId: t.serviceId, priorityGroup: t.priorityGroup, missedAt: t.finishedAt ?? t.calledAt ?? t.issuedAt }
      if (t.counterId) v.counterId = t.counterId
      return v
    })
    .sort((a, b) => b.missedAt.localeCompare(a.missedAt))
}

/** Calls a missed ticket back to this counter (also the console's "undo" of a no-show); the fold audits it. */
export function callMissed(day: DayState, config: Config, counterId: string, actor: Actor, ticketId: string, ctx: Ctx): Result<DayTicket> {
  const counter = findCounter(config, counterId)
  const rt = assertOwnCounter(day, counterId, actor)
  if (rt.state !== 'open') throw new LuotError('COUNTER_NOT_OPEN')
  if (rt.currentTicketId !== undefined) throw new LuotError('COUNTER_BUSY')
  const ticket = findTicket(day, ticketId)
  if (!isRecallable(day, ticket)) throw new LuotError('INVALID_TRANSITION')
  const record: RecordOf<'missed-called'> = { v: 1, type: 'missed-called', at: ctx.now.toISOString(), ticketId, counterId, clerkId: actor.id, counterNumber: counter.number }
  return decided(day, [record], (state) => ticketIn(state, ticketId))
}
