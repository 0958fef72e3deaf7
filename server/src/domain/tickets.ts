import { LuotError, type TicketAction } from '@luot/shared'
import type { CounterRuntime, DayState, DayTicket } from './types.js'

/**
 * Ticket id → position in `day.tickets`, shared by every state of one day: tickets are only ever
 * appended, so a position found here is right for any state that holds the ticket. A state that
 * does not (an older one, or one rolled back) fails the id check and falls back to a scan.
 */
const positions = new WeakMap<readonly DayTicket[], Map<string, number>>()

function positionsOf(tickets: readonly DayTicket[]): Map<string, number> {
  let map = positions.get(tickets)
  if (!map) {
    map = new Map(tickets.map((t, i) => [t.id, i]))
    positions.set(tickets, map)
  }
  return map
}

/** Lets a copy of `from` (with tickets appended) share its index; see `positions`. */
export function shareIndex(from: readonly DayTicket[], to: readonly DayTicket[]): void {
  positions.set(to, positionsOf(from))
}

/** Records where a ticket appended to `tickets` sits. */
export function indexTicket(tickets: readonly DayTicket[], i: number): void {
  positionsOf(tickets).set(tickets[i]!.id, i)
}

/** The position of ticket `id` in `tickets`, or -1. */
export function ticketPosition(tickets: readonly DayTicket[], id: string): number {
  const i = positionsOf(tickets).get(id)
  if (i !== undefined && tickets[i]?.id === id) return i
  return tickets.findIndex((t) => t.id === id)
}

/** How many calls the hall board's "recent calls" list keeps. */
export const RECENT_CALLS = 20

export function counterRuntime(day: DayState, counterId: string): CounterRuntime {
  return day.counters[counterId] ?? { state: 'closed', normalsSincePriority: 0 }
}

/** The latest ticket carrying a tracking code (a transfer continues under the same code). */
export function findByTrackingCode(day: DayState, code: string): DayTicket | undefined {
  for (let i = day.tickets.length - 1; i >= 0; i--) if (day.tickets[i]!.trackingCode === code) return day.tickets[i]
  return undefined
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
