import { LuotError, type TicketAction } from '@luot/shared'
import type { Counter } from '@luot/shared'
import type { CounterRuntime, DayState, DayTicket } from './types.js'

/** The latest ticket carrying a tracking code (a transfer continues under the same code). */
export function findByTrackingCode(day: DayState, code: string): DayTicket | undefined {
  for (let i = day.tickets.length - 1; i >= 0; i--) if (day.tickets[i]!.trackingCode === code) return day.tickets[i]
  return undefined
}

export function findTicket(day: DayState, id: string): DayTicket {
  const t = day.tickets.find((x) => x.id === id)
  if (!t) throw new LuotError('TICKET_NOT_FOUND')
  return t
}

export function replaceTicket(day: DayState, ticket: DayTicket): DayState {
  return { ...day, tickets: day.tickets.map((t) => (t.id === ticket.id ? ticket : t)) }
}

export function setCounter(day: DayState, counterId: string, runtime: CounterRuntime): DayState {
  return { ...day, counters: { ...day.counters, [counterId]: runtime } }
}

/** Appends a step to a ticket's history with the counter and clerk that took it. */
export function step(t: DayTicket, action: TicketAction, at: string, counter?: Counter, clerkId?: string): DayTicket['history'] {
  const s: DayTicket['history'][number] = { at, action }
  if (counter) s.counterId = counter.id
  if (clerkId) s.clerkId = clerkId
  return [...t.history, s]
}
