import type { Counter, PriorityPolicy } from '@luot/shared'
import { waitingTickets } from './day-summary.js'
import type { DayState, DayTicket } from './types.js'

export const isPriority = (t: DayTicket): boolean => t.priorityGroup !== null

/** A ticket this counter may call: one of its services, or transferred to it by name. */
export function eligibleFor(counter: Counter, t: DayTicket): boolean {
  if (t.status !== 'waiting') return false
  if (t.targetCounterId !== undefined) return t.targetCounterId === counter.id
  return counter.serviceIds.includes(t.serviceId)
}

/** Transfers to this counter first, then the counter's services in order, then longest waiting. */
function compareAt(counter: Counter): (a: DayTicket, b: DayTicket) => number {
  const rank = (t: DayTicket): number => (t.targetCounterId === counter.id ? -1 : counter.serviceIds.indexOf(t.serviceId))
  return (a, b) => rank(a) - rank(b) || a.queuedAt.localeCompare(b.queuedAt) || a.seq - b.seq
}

function best(tickets: DayTicket[], cmp: (a: DayTicket, b: DayTicket) => number): DayTicket | undefined {
  let top: DayTicket | undefined
  for (const t of tickets) if (!top || cmp(t, top) < 0) top = t
  return top
}

/**
 * The ticket call-next takes at this counter, or undefined when nobody is waiting.
 * strict: any priority ticket goes first. interleave: one priority ticket after every N normal ones
 * (`normalsSincePriority` counts them per counter).
 */
export function selectNext(day: DayState, counter: Counter, policy: PriorityPolicy, normalsSincePriority: number): DayTicket | undefined {
  const eligible = waitingTickets(day).filter((t) => eligibleFor(counter, t))
  const cmp = compareAt(counter)
  const priority = best(eligible.filter(isPriority), cmp)
  const normal = best(eligible.filter((t) => !isPriority(t)), cmp)
  if (!priority) return normal
  if (!normal) return priority
  if (policy.mode === 'strict') return priority
  return normalsSincePriority >= policy.every ? priority : normal
}

/** How many waiting tickets of the same service stand before this one (strict priority jumps ahead). */
export function peopleAhead(day: DayState, ticket: DayTicket, policy: PriorityPolicy): number {
  let ahead = 0
  for (const t of waitingTickets(day)) {
    if (t === ticket || t.serviceId !== ticket.serviceId) continue
    const earlier = t.queuedAt < ticket.queuedAt || (t.queuedAt === ticket.queuedAt && t.seq < ticket.seq)
    const jumps = policy.mode === 'strict' && isPriority(t) && !isPriority(ticket)
    const jumped = policy.mode === 'strict' && !isPriority(t) && isPriority(ticket)
    if ((earlier && !jumped) || jumps) ahead++
  }
  return ahead
}
