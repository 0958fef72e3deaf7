import { LuotError, type TicketAction } from '@luot/shared'
import type { CounterRuntime, DayState, DayTicket } from './types.js'

/**
 * Where each ticket sits in `day.tickets`, by id, Idempotency-Key, tracking code and rating token,
 * shared by every state of one day: tickets are only ever appended and stay at their position, so
 * a position found here is right for any state that holds the ticket. A lookup checks the ticket
 * at the position; when it fails (a state rolled back after another branch reused the key) it
 * scans. A key the index never saw is in no state of the day: no scan, so a citizen's mistyped
 * code costs the same on ticket 10,000 as on ticket 1.
 */
interface TicketIndex {
  id: Map<string, number>
  key: Map<string, number>
  code: Map<string, number>
  token: Map<string, number>
}

const indexes = new WeakMap<readonly DayTicket[], TicketIndex>()

function note(index: TicketIndex, t: DayTicket, i: number): void {
  index.id.set(t.id, i)
  if (t.idempotencyKey !== undefined) index.key.set(t.idempotencyKey, i)
  // a transfer continues under the same code: the later position is the one to find
  if ((index.code.get(t.trackingCode) ?? -1) <= i) index.code.set(t.trackingCode, i)
  if (t.ratingToken !== undefined) index.token.set(t.ratingToken, i)
}

function indexOf(tickets: readonly DayTicket[]): TicketIndex {
  let index = indexes.get(tickets)
  if (!index) {
    index = { id: new Map(), key: new Map(), code: new Map(), token: new Map() }
    for (let i = 0; i < tickets.length; i++) note(index, tickets[i]!, i)
    indexes.set(tickets, index)
  }
  return index
}

/** Lets a copy of `from` (with tickets appended or changed through `indexTicket`) share its index. */
export function shareIndex(from: readonly DayTicket[], to: readonly DayTicket[]): void {
  indexes.set(to, indexOf(from))
}

/** Records where the ticket appended at `i` sits. */
export function indexTicket(tickets: readonly DayTicket[], i: number): void {
  note(indexOf(tickets), tickets[i]!, i)
}

/** Records what a change of the ticket at `i` can add to the index: its id, key and code stay, a rating token comes at its finish. */
export function indexChange(tickets: readonly DayTicket[], i: number): void {
  const token = tickets[i]!.ratingToken
  if (token !== undefined) indexOf(tickets).token.set(token, i)
}

type Field = 'idempotencyKey' | 'trackingCode' | 'ratingToken'

/** The position of the newest ticket whose `field` is `value`, or -1; see `TicketIndex`. */
function lookup(tickets: readonly DayTicket[], map: Map<string, number>, field: 'id' | Field, value: string): number {
  const i = map.get(value)
  if (i === undefined) return -1
  if (tickets[i]?.[field] === value) return i
  for (let j = tickets.length - 1; j >= 0; j--) if (tickets[j]![field] === value) return j
  return -1
}

/** The position of ticket `id` in `tickets`, or -1. */
export function ticketPosition(tickets: readonly DayTicket[], id: string): number {
  return lookup(tickets, indexOf(tickets).id, 'id', id)
}

const found = (tickets: readonly DayTicket[], i: number): DayTicket | undefined => (i < 0 ? undefined : tickets[i])

/** The ticket a take with this Idempotency-Key issued today, if any. */
export function findByIdempotencyKey(day: DayState, key: string): DayTicket | undefined {
  return found(day.tickets, lookup(day.tickets, indexOf(day.tickets).key, 'idempotencyKey', key))
}

/** The latest ticket carrying a tracking code (a transfer continues under the same code). */
export function findByTrackingCode(day: DayState, code: string): DayTicket | undefined {
  return found(day.tickets, lookup(day.tickets, indexOf(day.tickets).code, 'trackingCode', code))
}

/** The finished ticket a counter's rating pad holds the token of. */
export function findByRatingToken(day: DayState, token: string): DayTicket | undefined {
  return found(day.tickets, lookup(day.tickets, indexOf(day.tickets).token, 'ratingToken', token))
}

/** How many calls the hall board's "recent calls" list keeps. */
export const RECENT_CALLS = 20

export function counterRuntime(day: DayState, counterId: string): CounterRuntime {
  return day.counters[counterId] ?? { state: 'closed', normalsSincePriority: 0 }
}

export function findTicket(day: DayState, id: string): DayTicket {
  const t = day.tickets[ticketPosition(day.tickets, id)]
  if (!t) throw new LuotError('TICKET_NOT_FOUND')
  return t
}

export function setCounter(day: DayState, counterId: string, runtime: CounterRuntime): DayState {
  return { ...day, counters: { ...day.counters, [counterId]: runtime } }
}

/** Appends a step to a ticket's history with the counter and clerk that took it. */
export function step(t: DayTicket, action: TicketAction, at: string, counterId?: string, clerkId?: string): DayTicket['history'] {
  const s: DayTicket['history'][number] = { at, action }
  if (counterId) s.counterId = counterId
  if (clerkId) s.clerkId = clerkId
  return [...t.history, s]
}
