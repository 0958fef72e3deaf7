import { LuotError, type AuditEntry, type Counter } from '@luot/shared'
import { counterRuntime } from './day.js'
import { findCounter } from './counter-session.js'
import { findTicket, replaceTicket, setCounter, step } from './tickets.js'
import type { Actor, Config, Ctx, DayState, DayTicket, DomainEvent, Result } from './types.js'

/**
 * A called or in-service ticket goes back to the head of its queue: waiting again, before every
 * ticket of its service still waiting (its place is its queuedAt), with no counter or clerk.
 */
function requeue(day: DayState, ticket: DayTicket, at: string, counter: Counter, actorId: string): DayTicket {
  const ahead = day.tickets.filter((t) => t.status === 'waiting' && t.serviceId === ticket.serviceId).map((t) => t.queuedAt)
  const first = [ticket.queuedAt, ...ahead].sort()[0]!
  const queuedAt = first < ticket.queuedAt ? new Date(Date.parse(first) - 1).toISOString() : ticket.queuedAt
  const { calledAt: _c, startedAt: _s, counterId: _k, clerkId: _u, ...rest } = ticket
  return { ...rest, status: 'waiting', queuedAt, history: step(ticket, 'requeued', at, counter, actorId) }
}

/**
 * A manager or admin closes a counter someone else holds (a clerk who left it open, a deactivated
 * account). The clerk is signed out of it, the ticket at it goes back to the head of its queue,
 * and the reason goes into the audit trail.
 */
export function releaseCounter(day: DayState, config: Config, counterId: string, actor: Actor, reason: string, ctx: Ctx): Result {
  if (actor.role === 'clerk') throw new LuotError('FORBIDDEN')
  const counter = findCounter(config, counterId)
  if (!reason.trim()) throw new LuotError('REASON_REQUIRED')
  const rt = counterRuntime(day, counterId)
  if (rt.clerkId === undefined) throw new LuotError('COUNTER_NOT_OPEN')
  const at = ctx.now.toISOString()
  const events: DomainEvent[] = []
  let state = day
  let ticket: DayTicket | undefined
  if (rt.currentTicketId !== undefined) {
    ticket = requeue(day, findTicket(day, rt.currentTicketId), at, counter, actor.id)
    state = replaceTicket(state, ticket)
    events.push({ type: 'ticket-changed', ticket })
  }
  state = setCounter(state, counterId, { state: 'closed', normalsSincePriority: rt.normalsSincePriority })
  const entry: AuditEntry = { at, action: 'close-counter', ticketId: ticket?.id ?? '', number: ticket?.number ?? '', counterId, clerkId: actor.id, reason: reason.trim(), detail: `clerk:${rt.clerkId}` }
  events.push({ type: 'counter-changed', counterId })
  return { state: { ...state, audit: [...state.audit, entry] }, events, value: undefined }
}

/** Frees the counter a user holds, if any (deactivation, deletion); a no-op otherwise. */
export function releaseClerk(day: DayState, config: Config, userId: string, actor: Actor, reason: string, ctx: Ctx): Result {
  const held = Object.entries(day.counters).find(([, rt]) => rt.clerkId === userId)
  if (!held || !config.counters.some((c) => c.id === held[0])) return { state: day, events: [], value: undefined }
  return releaseCounter(day, config, held[0], actor, reason, ctx)
}
