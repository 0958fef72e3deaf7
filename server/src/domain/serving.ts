import { LuotError, type AuditEntry, type Counter } from '@luot/shared'
import { assertOwnCounter, findCounter } from './counter-session.js'
import { findTicket, replaceTicket, setCounter, step } from './tickets.js'
import type { Actor, Config, CounterRuntime, Ctx, DayState, DayTicket, DomainEvent, Result } from './types.js'

interface Active {
  counter: Counter
  rt: CounterRuntime
  ticket: DayTicket
}

function active(day: DayState, config: Config, counterId: string, actor: Actor, allowed: DayTicket['status'][]): Active {
  const counter = findCounter(config, counterId)
  const rt = assertOwnCounter(day, counterId, actor)
  if (rt.currentTicketId === undefined) throw new LuotError('COUNTER_IDLE')
  const ticket = findTicket(day, rt.currentTicketId)
  if (!allowed.includes(ticket.status)) throw new LuotError('INVALID_TRANSITION')
  return { counter, rt, ticket }
}

/** Puts the changed ticket in and frees the counter. */
function release(day: DayState, a: Active, ticket: DayTicket): DayState {
  const { currentTicketId: _done, ...rt } = a.rt
  return setCounter(replaceTicket(day, ticket), a.counter.id, rt)
}

function audited(state: DayState, entry: AuditEntry): DayState {
  return { ...state, audit: [...state.audit, entry] }
}

const events = (ticket: DayTicket, counterId: string, extra: DomainEvent[] = []): DomainEvent[] => [{ type: 'ticket-changed', ticket }, ...extra, { type: 'counter-changed', counterId }]

/** The citizen arrived at the counter: the service timer starts. */
export function startService(day: DayState, config: Config, counterId: string, actor: Actor, ctx: Ctx): Result<DayTicket> {
  const a = active(day, config, counterId, actor, ['called'])
  const at = ctx.now.toISOString()
  const t: DayTicket = { ...a.ticket, status: 'serving', startedAt: at, history: step(a.ticket, 'started', at, a.counter, actor.id) }
  return { state: replaceTicket(day, t), events: events(t, counterId), value: t }
}

/** Ends the service with its outcome; a ticket finished without "start" is timed from its call. */
export function finishService(day: DayState, config: Config, counterId: string, actor: Actor, outcome: string, ctx: Ctx): Result<DayTicket> {
  if (!config.settings.outcomes.some((o) => o.id === outcome)) throw new LuotError('OUTCOME_UNKNOWN')
  const a = active(day, config, counterId, actor, ['called', 'serving'])
  const at = ctx.now.toISOString()
  const t: DayTicket = {
    ...a.ticket,
    status: 'done',
    startedAt: a.ticket.startedAt ?? a.ticket.calledAt ?? at,
    finishedAt: at,
    outcome,
    ratingToken: ctx.newTrackingCode(),
    history: step(a.ticket, 'finished', at, a.counter, actor.id),
  }
  return { state: release(day, a, t), events: events(t, counterId, [{ type: 'ticket-finished', ticket: t }]), value: t }
}

/** The called citizen did not come: the ticket ends as a no-show (audited). */
export function skipTicket(day: DayState, config: Config, counterId: string, actor: Actor, ctx: Ctx): Result<DayTicket> {
  const a = active(day, config, counterId, actor, ['called'])
  const at = ctx.now.toISOString()
  const t: DayTicket = { ...a.ticket, status: 'no-show', finishedAt: at, history: step(a.ticket, 'skipped', at, a.counter, actor.id) }
  const state = audited(release(day, a, t), { at, action: 'skip', ticketId: t.id, number: t.number, counterId, clerkId: actor.id, detail: `recalls=${t.recalls}` })
  return { state, events: events(t, counterId), value: t }
}

/**
 * Sends the citizen on to another service or a named counter. This ticket ends as "transferred";
 * a continuation with the same number and tracking code waits at the target, keeping its place.
 */
export function transferTicket(day: DayState, config: Config, counterId: string, actor: Actor, target: { serviceId?: string; counterId?: string }, ctx: Ctx): Result<DayTicket> {
  if ((target.serviceId === undefined) === (target.counterId === undefined)) throw new LuotError('TRANSFER_TARGET_INVALID', 'name either serviceId or counterId')
  const a = active(day, config, counterId, actor, ['called', 'serving'])
  const toService = target.serviceId === undefined ? undefined : config.services.find((s) => s.id === target.serviceId && s.active)
  const toCounter = target.counterId === undefined ? undefined : config.counters.find((c) => c.id === target.counterId && c.id !== counterId)
  if (!toService && !toCounter) throw new LuotError('TRANSFER_TARGET_INVALID')
  const at = ctx.now.toISOString()
  const ended: DayTicket = { ...a.ticket, status: 'transferred', finishedAt: at, history: step(a.ticket, 'transferred', at, a.counter, actor.id) }
  const next: DayTicket = {
    id: ctx.newId(),
    number: a.ticket.number,
    seq: a.ticket.seq,
    serviceId: toService?.id ?? a.ticket.serviceId,
    channel: a.ticket.channel,
    priorityGroup: a.ticket.priorityGroup,
    lang: a.ticket.lang,
    trackingCode: a.ticket.trackingCode,
    status: 'waiting',
    queuedAt: a.ticket.queuedAt,
    issuedAt: at,
    recalls: 0,
    transferredFromId: a.ticket.id,
    history: [{ at, action: 'issued', counterId }],
  }
  if (toCounter) next.targetCounterId = toCounter.id
  const detail = toService ? `service:${toService.id}` : `counter:${toCounter!.id}`
  let state = release(day, a, ended)
  state = audited({ ...state, tickets: [...state.tickets, next] }, { at, action: 'transfer', ticketId: ended.id, number: ended.number, counterId, clerkId: actor.id, detail })
  return { state, events: events(ended, counterId, [{ type: 'ticket-issued', ticket: next }]), value: next }
}

/** Cancels a waiting ticket (a citizen who left, a duplicate); the reason is audited. */
export function cancelTicket(day: DayState, config: Config, counterId: string, actor: Actor, ticketId: string, reason: string, ctx: Ctx): Result<DayTicket> {
  const counter = findCounter(config, counterId)
  assertOwnCounter(day, counterId, actor)
  if (!reason.trim()) throw new LuotError('REASON_REQUIRED')
  const ticket = findTicket(day, ticketId)
  if (ticket.status !== 'waiting') throw new LuotError('INVALID_TRANSITION')
  const at = ctx.now.toISOString()
  const t: DayTicket = { ...ticket, status: 'cancelled', cancelReason: reason.trim(), finishedAt: at, history: step(ticket, 'cancelled', at, counter, actor.id) }
  const state = audited(replaceTicket(day, t), { at, action: 'cancel', ticketId, number: t.number, counterId, clerkId: actor.id, reason: reason.trim() })
  return { state, events: [{ type: 'ticket-changed', ticket: t }], value: t }
}
