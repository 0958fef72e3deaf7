import { LuotError, type Counter, type RecordOf } from '@luot/shared'
import { assertOwnCounter, findCounter } from './counter-session.js'
import { decided, ticketIn } from './fold.js'
import { orderRules, selectNext } from './queue-order.js'
import { findTicket } from './tickets.js'
import type { Actor, Config, Ctx, DayState, DayTicket, Result } from './types.js'

function readyToCall(day: DayState, config: Config, counterId: string, actor: Actor): Counter {
  const counter = findCounter(config, counterId)
  const rt = assertOwnCounter(day, counterId, actor)
  if (rt.state !== 'open') throw new LuotError('COUNTER_NOT_OPEN')
  if (rt.currentTicketId !== undefined) throw new LuotError('COUNTER_BUSY')
  return counter
}

function call(day: DayState, counter: Counter, ticket: DayTicket, actor: Actor, ctx: Ctx, outOfTurnReason?: string): Result<DayTicket> {
  const record: RecordOf<'ticket-called'> = { v: 1, type: 'ticket-called', at: ctx.now.toISOString(), ticketId: ticket.id, counterId: counter.id, clerkId: actor.id, counterNumber: counter.number }
  if (outOfTurnReason !== undefined) record.outOfTurnReason = outOfTurnReason
  return decided(day, [record], (state) => ticketIn(state, ticket.id))
}

/** Calls the next ticket by the counter's service order and the priority policy. */
export function callNext(day: DayState, config: Config, counterId: string, actor: Actor, ctx: Ctx): Result<DayTicket> {
  const counter = readyToCall(day, config, counterId, actor)
  const next = selectNext(day, counter, orderRules(config, ctx.now), day.counters[counterId]!.normalsSincePriority)
  if (!next) throw new LuotError('QUEUE_EMPTY')
  return call(day, counter, next, actor, ctx)
}

/** Calls a named waiting ticket out of turn; the reason goes to the audit trail. */
export function callOutOfTurn(day: DayState, config: Config, counterId: string, actor: Actor, ticketId: string, reason: string, ctx: Ctx): Result<DayTicket> {
  const counter = readyToCall(day, config, counterId, actor)
  if (!reason.trim()) throw new LuotError('REASON_REQUIRED')
  const ticket = findTicket(day, ticketId)
  if (ticket.status !== 'waiting') throw new LuotError('INVALID_TRANSITION')
  return call(day, counter, ticket, actor, ctx, reason.trim())
}

/** Announces the called ticket again, up to the configured recall limit. */
export function recall(day: DayState, config: Config, counterId: string, actor: Actor, ctx: Ctx): Result<DayTicket> {
  const counter = findCounter(config, counterId)
  const rt = assertOwnCounter(day, counterId, actor)
  if (rt.currentTicketId === undefined) throw new LuotError('COUNTER_IDLE')
  const ticket = findTicket(day, rt.currentTicketId)
  if (ticket.status !== 'called') throw new LuotError('INVALID_TRANSITION')
  if (ticket.recalls >= config.settings.recallLimit) throw new LuotError('RECALL_LIMIT')
  const record: RecordOf<'ticket-recalled'> = { v: 1, type: 'ticket-recalled', at: ctx.now.toISOString(), ticketId: ticket.id, counterId: counter.id, clerkId: actor.id, counterNumber: counter.number }
  return decided(day, [record], (state) => ticketIn(state, ticket.id))
}
