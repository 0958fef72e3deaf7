import { LuotError, type DayRecord } from '@luot/shared'
import { assertOwnCounter, findCounter } from './counter-session.js'
import { decided, ticketIn } from './fold.js'
import { findTicket } from './tickets.js'
import type { Actor, Config, Ctx, DayState, DayTicket, Result } from './types.js'

/** The ticket in hand at the clerk's own counter, in one of the `allowed` states; the common part of a record about it. */
function active(day: DayState, config: Config, counterId: string, actor: Actor, allowed: DayTicket['status'][], ctx: Ctx) {
  findCounter(config, counterId)
  const rt = assertOwnCounter(day, counterId, actor)
  if (rt.currentTicketId === undefined) throw new LuotError('COUNTER_IDLE')
  const ticket = findTicket(day, rt.currentTicketId)
  if (!allowed.includes(ticket.status)) throw new LuotError('INVALID_TRANSITION')
  return { ticket, fact: { v: 1 as const, at: ctx.now.toISOString(), ticketId: ticket.id, counterId, clerkId: actor.id } }
}

const about = (day: DayState, record: DayRecord, id: string): Result<DayTicket> => decided(day, [record], (state) => ticketIn(state, id))

/** The citizen arrived at the counter: the service timer starts. */
export function startService(day: DayState, config: Config, counterId: string, actor: Actor, ctx: Ctx): Result<DayTicket> {
  const a = active(day, config, counterId, actor, ['called'], ctx)
  return about(day, { ...a.fact, type: 'service-started' }, a.ticket.id)
}

/** Ends the service with its outcome; a ticket finished without "start" is timed from its call. */
export function finishService(day: DayState, config: Config, counterId: string, actor: Actor, outcome: string, ctx: Ctx): Result<DayTicket> {
  if (!config.settings.outcomes.some((o) => o.id === outcome)) throw new LuotError('OUTCOME_UNKNOWN')
  const a = active(day, config, counterId, actor, ['called', 'serving'], ctx)
  return about(day, { ...a.fact, type: 'service-finished', outcome, ratingToken: ctx.newTrackingCode() }, a.ticket.id)
}

/** The called citizen did not come: the ticket ends as a no-show (audited). */
export function skipTicket(day: DayState, config: Config, counterId: string, actor: Actor, ctx: Ctx): Result<DayTicket> {
  const a = active(day, config, counterId, actor, ['called'], ctx)
  return about(day, { ...a.fact, type: 'ticket-skipped' }, a.ticket.id)
}

/**
 * Sends the citizen on to another service or a named counter. This ticket ends as "transferred";
 * a continuation with the same number and tracking code waits at the target, keeping its place.
 */
export function transferTicket(day: DayState, config: Config, counterId: string, actor: Actor, target: { serviceId?: string; counterId?: string }, ctx: Ctx): Result<DayTicket> {
  if ((target.serviceId === undefined) === (target.counterId === undefined)) throw new LuotError('TRANSFER_TARGET_INVALID', 'name either serviceId or counterId')
  const a = active(day, config, counterId, actor, ['called', 'serving'], ctx)
  const toService = target.serviceId === undefined ? undefined : config.services.find((s) => s.id === target.serviceId && s.active)
  const toCounter = target.counterId === undefined ? undefined : config.counters.find((c) => c.id === target.counterId && c.id !== counterId)
  if (!toService && !toCounter) throw new LuotError('TRANSFER_TARGET_INVALID')
  const newTicketId = ctx.newId()
  const record: DayRecord = { ...a.fact, type: 'ticket-transferred', newTicketId, toServiceId: toService?.id ?? a.ticket.serviceId, ...(toCounter ? { toCounterId: toCounter.id } : {}) }
  return about(day, record, newTicketId)
}

/** Cancels a waiting ticket (a citizen who left, a duplicate); the reason is audited. */
export function cancelTicket(day: DayState, config: Config, counterId: string, actor: Actor, ticketId: string, reason: string, ctx: Ctx): Result<DayTicket> {
  findCounter(config, counterId)
  assertOwnCounter(day, counterId, actor)
  if (!reason.trim()) throw new LuotError('REASON_REQUIRED')
  const ticket = findTicket(day, ticketId)
  if (ticket.status !== 'waiting') throw new LuotError('INVALID_TRANSITION')
  return about(day, { v: 1, type: 'ticket-cancelled', at: ctx.now.toISOString(), ticketId, counterId, clerkId: actor.id, reason: reason.trim() }, ticketId)
}
