import type { Counter, PriorityPolicy } from '@luot/shared'
import { waitingTickets } from './day-summary.js'
import type { Config, DayState, DayTicket } from './types.js'

export const isPriority = (t: DayTicket): boolean => t.priorityGroup !== null

/**
 * What decides the order of a queue besides the tickets themselves: the priority policy, how bookings
 * are ordered, whether remote tickets must check in first, and the time (a booking waits for its slot).
 */
export interface OrderRules {
  policy: PriorityPolicy
  /** 'ahead': a checked-in booking is callable from its slot's start and then goes first among its service's walk-ins. 'with-walk-ins': by queue time. */
  booking: 'ahead' | 'with-walk-ins'
  remoteCheckInRequired: boolean
  /** Now, as an ISO instant (compared with a booking's `slotStart`). */
  now: string
}

/**
 * The rules of the configuration at `now`; without booking settings, bookings go ahead and remote
 * tickets need no check-in. `now` may be a clock, read only when a booking's slot is compared (so a
 * view of a day without bookings never reads it).
 */
export function orderRules(config: Config, now: Date | (() => Date)): OrderRules {
  const b = config.settings.booking
  let iso: string | undefined
  return {
    policy: config.settings.priorityPolicy,
    booking: b?.order ?? 'ahead',
    remoteCheckInRequired: b?.remoteCheckInRequired ?? false,
    get now() {
      return (iso ??= (typeof now === 'function' ? now() : now).toISOString())
    },
  }
}

/** A remote ticket not yet checked in at a kiosk or counter: views mark it, and it is not callable while check-in is required. */
export const awaitsCheckIn = (t: DayTicket): boolean => t.channel === 'remote' && t.checkedInAt === undefined

/** A booking that ordering puts first: checked in, with `order: 'ahead'`. */
const goesAhead = (t: DayTicket, rules: OrderRules): boolean => t.booking !== undefined && rules.booking === 'ahead'

/**
 * Whether a waiting ticket may be called now at all: a remote ticket awaiting check-in is not (when
 * check-in is required), nor a booking that goes ahead before its slot's start (early arrivals wait).
 */
export function callableNow(t: DayTicket, rules: OrderRules): boolean {
  if (rules.remoteCheckInRequired && awaitsCheckIn(t)) return false
  if (goesAhead(t, rules) && t.booking!.slotStart > rules.now) return false
  return true
}

/** A ticket this counter may call: one of its services, or transferred to it by name. */
export function eligibleFor(counter: Counter, t: DayTicket): boolean {
  if (t.status !== 'waiting') return false
  if (t.targetCounterId !== undefined) return t.targetCounterId === counter.id
  return counter.serviceIds.includes(t.serviceId)
}

/** Bookings that go ahead come first (earliest slot first), then everyone else by queue time. */
function compareWithin(rules: OrderRules): (a: DayTicket, b: DayTicket) => number {
  const tier = (t: DayTicket): number => (goesAhead(t, rules) ? 0 : 1)
  const time = (t: DayTicket): string => (goesAhead(t, rules) ? t.booking!.slotStart : t.queuedAt)
  return (a, b) => tier(a) - tier(b) || time(a).localeCompare(time(b)) || a.queuedAt.localeCompare(b.queuedAt) || a.seq - b.seq
}

/** Transfers to this counter first, then the counter's services in order, then within a service `compareWithin`. */
function compareAt(counter: Counter, rules: OrderRules): (a: DayTicket, b: DayTicket) => number {
  const rank = (t: DayTicket): number => (t.targetCounterId === counter.id ? -1 : counter.serviceIds.indexOf(t.serviceId))
  const within = compareWithin(rules)
  return (a, b) => rank(a) - rank(b) || within(a, b)
}

function best(tickets: DayTicket[], cmp: (a: DayTicket, b: DayTicket) => number): DayTicket | undefined {
  let top: DayTicket | undefined
  for (const t of tickets) if (!top || cmp(t, top) < 0) top = t
  return top
}

/**
 * The ticket call-next takes at this counter, or undefined when nobody callable is waiting.
 * strict: any priority ticket goes first. interleave: one priority ticket after every N normal ones
 * (`normalsSincePriority` counts them per counter).
 *
 * Bookings (`order: 'ahead'`) and priority: a booking is ordered inside its class (booked tickets
 * carry no priority group, so inside the normal class), first among the walk-ins of its service once
 * its slot has started. The priority policy still decides between the classes, so a priority
 * walk-in (an elderly or disabled citizen) is not kept waiting by a booking, and under interleave a
 * booking counts as one of the N normal calls. Transfers to this counter by name still come first,
 * and the counter's service order still comes before bookings of a later service.
 *
 * Recorded like priority: the called ticket carries its booking (code and slot) in the journal and
 * the call view marks it (`booked`), so every call ahead of walk-ins can be traced and counted.
 */
export function selectNext(day: DayState, counter: Counter, rules: OrderRules, normalsSincePriority: number): DayTicket | undefined {
  const eligible = waitingTickets(day).filter((t) => eligibleFor(counter, t) && callableNow(t, rules))
  const cmp = compareAt(counter, rules)
  const priority = best(eligible.filter(isPriority), cmp)
  const normal = best(eligible.filter((t) => !isPriority(t)), cmp)
  if (!priority) return normal
  if (!normal) return priority
  if (rules.policy.mode === 'strict') return priority
  return normalsSincePriority >= rules.policy.every ? priority : normal
}

/**
 * How many waiting tickets of the same service stand before this one: strict priority jumps ahead,
 * bookings whose slot has started go before walk-ins (`order: 'ahead'`), bookings still waiting for
 * their slot count only before later bookings, and remote tickets that cannot be called before
 * their check-in count for nobody. Interleave is not modelled (queue time decides), as before.
 */
export function peopleAhead(day: DayState, ticket: DayTicket, rules: OrderRules): number {
  const within = compareWithin(rules)
  const cls = (t: DayTicket): number => (rules.policy.mode === 'strict' && isPriority(t) ? 0 : 1)
  let ahead = 0
  for (const t of waitingTickets(day)) {
    if (t === ticket || t.serviceId !== ticket.serviceId) continue
    if (!callableNow(t, rules) && !(goesAhead(t, rules) && goesAhead(ticket, rules))) continue
    if (cls(t) - cls(ticket) < 0 || (cls(t) === cls(ticket) && within(t, ticket) < 0)) ahead++
  }
  return ahead
}
