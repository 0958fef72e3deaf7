import { LuotError, type CallView, type Counter } from '@luot/shared'
import { RECENT_CALLS } from './day.js'
import { assertOwnCounter, findCounter } from './counter-session.js'
import { isPriority, selectNext } from './queue-order.js'
import { findTicket, replaceTicket, setCounter, step } from './tickets.js'
import type { Actor, Config, CounterRuntime, Ctx, DayState, DayTicket, Result } from './types.js'

function callView(t: DayTicket, counter: Counter, at: string): CallView {
  return { ticketId: t.id, number: t.number, serviceId: t.serviceId, counterId: counter.id, counterNumber: counter.number, calledAt: at, recalls: t.recalls, priority: isPriority(t) }
}

function withCall(day: DayState, call: CallView): DayState {
  return { ...day, recentCalls: [call, ...day.recentCalls].slice(0, RECENT_CALLS) }
}

/** The clerk's own counter, open and free: the precondition of every call. */
export function readyToCall(day: DayState, config: Config, counterId: string, actor: Actor): { counter: Counter; rt: CounterRuntime } {
  const counter = findCounter(config, counterId)
  const rt = assertOwnCounter(day, counterId, actor)
  if (rt.state !== 'open') throw new LuotError('COUNTER_NOT_OPEN')
  if (rt.currentTicketId !== undefined) throw new LuotError('COUNTER_BUSY')
  return { counter, rt }
}

/** Calls `ticket` to the counter: status, board call, the interleave count. */
export function call(day: DayState, counter: Counter, rt: CounterRuntime, ticket: DayTicket, actor: Actor, ctx: Ctx): Result<DayTicket> {
  const at = ctx.now.toISOString()
  const called: DayTicket = { ...ticket, status: 'called', calledAt: at, counterId: counter.id, clerkId: actor.id, history: step(ticket, 'called', at, counter, actor.id) }
  const normals = isPriority(ticket) ? 0 : rt.normalsSincePriority + 1
  const view = callView(called, counter, at)
  let state = replaceTicket(day, called)
  state = setCounter(state, counter.id, { ...rt, currentTicketId: called.id, normalsSincePriority: normals })
  state = withCall(state, view)
  return { state, events: [{ type: 'ticket-called', ticket: called, call: view }, { type: 'counter-changed', counterId: counter.id }], value: called }
}

/** Calls the next ticket by the counter's service order and the priority policy. */
export function callNext(day: DayState, config: Config, counterId: string, actor: Actor, ctx: Ctx): Result<DayTicket> {
  const { counter, rt } = readyToCall(day, config, counterId, actor)
  const next = selectNext(day, counter, config.settings.priorityPolicy, rt.normalsSincePriority)
  if (!next) throw new LuotError('QUEUE_EMPTY')
  return call(day, counter, rt, next, actor, ctx)
}

/** Calls a named waiting ticket out of turn; the reason goes to the audit trail. */
export function callOutOfTurn(day: DayState, config: Config, counterId: string, actor: Actor, ticketId: string, reason: string, ctx: Ctx): Result<DayTicket> {
  const { counter, rt } = readyToCall(day, config, counterId, actor)
  if (!reason.trim()) throw new LuotError('REASON_REQUIRED')
  const ticket = findTicket(day, ticketId)
  if (ticket.status !== 'waiting') throw new LuotError('INVALID_TRANSITION')
  const r = call(day, counter, rt, ticket, actor, ctx)
  const audit = { at: ctx.now.toISOString(), action: 'call-out-of-turn' as const, ticketId, number: ticket.number, counterId, clerkId: actor.id, reason: reason.trim() }
  return { ...r, state: { ...r.state, audit: [...r.state.audit, audit] } }
}

/** Announces the called ticket again, up to the configured recall limit. */
export function recall(day: DayState, config: Config, counterId: string, actor: Actor, ctx: Ctx): Result<DayTicket> {
  const counter = findCounter(config, counterId)
  const rt = assertOwnCounter(day, counterId, actor)
  if (rt.currentTicketId === undefined) throw new LuotError('COUNTER_IDLE')
  const ticket = findTicket(day, rt.currentTicketId)
  if (ticket.status !== 'called') throw new LuotError('INVALID_TRANSITION')
  if (ticket.recalls >= config.settings.recallLimit) throw new LuotError('RECALL_LIMIT')
  const at = ctx.now.toISOString()
  const recalled: DayTicket = { ...ticket, recalls: ticket.recalls + 1, history: step(ticket, 'recalled', at, counter, actor.id) }
  const view = callView(recalled, counter, at)
  const state = withCall(replaceTicket(day, recalled), view)
  return { state, events: [{ type: 'ticket-called', ticket: recalled, call: view }], value: recalled }
}
