import type { DayState, DayTicket } from './types.js'

/**
 * What the views need from the whole day, kept per day state (states are immutable) and carried
 * forward by the fold from the tickets each fold changed, so a screen update on ticket 10,000 does
 * not scan 10,000 tickets: it costs what is waiting, not what the day holds. A state the fold did
 * not make (a test's hand-built day) is scanned once.
 */
export interface DaySummary {
  /** serviceId → tickets waiting for any counter of the service (not sent to one counter by name). */
  waiting: Map<string, number>
  /** Positions in `tickets` of every waiting ticket (those sent to one counter too), ascending. */
  waitingAt: number[]
  /** Positions in `tickets` of the missed tickets (no-shows), ascending. */
  missedAt: number[]
  /** serviceId → positions in `tickets` of its latest finished tickets (at most RECENT_SAMPLE, ascending). */
  recentDone: Map<string, number[]>
  /** clerkId → tickets they finished today with a service time, and the sum of those times in ms (whole numbers: any order sums alike). */
  served: Map<string, { n: number; ms: number }>
}

/** How many of a service's latest finished tickets feed its mean service time. */
export const RECENT_SAMPLE = 20

const summaries = new WeakMap<DayState, DaySummary>()

const waitsForService = (t: DayTicket | undefined): boolean => t !== undefined && t.status === 'waiting' && t.targetCounterId === undefined
const waits = (t: DayTicket | undefined): boolean => t?.status === 'waiting'
const missed = (t: DayTicket | undefined): boolean => t?.status === 'no-show'
const timedDone = (t: DayTicket | undefined): boolean => t !== undefined && t.status === 'done' && !!t.startedAt && !!t.finishedAt

function addDone(recent: Map<string, number[]>, serviceId: string, position: number): void {
  const list = [...(recent.get(serviceId) ?? []), position].sort((a, b) => a - b)
  recent.set(serviceId, list.slice(-RECENT_SAMPLE))
}

function addServed(served: Map<string, { n: number; ms: number }>, t: DayTicket): void {
  if (!t.clerkId) return
  const a = served.get(t.clerkId) ?? { n: 0, ms: 0 }
  served.set(t.clerkId, { n: a.n + 1, ms: a.ms + (Date.parse(t.finishedAt!) - Date.parse(t.startedAt!)) })
}

/** `list` (ascending) with `i` in or out of it, as `inside` says; the same array when nothing changes. */
function placed(list: number[], i: number, inside: boolean): number[] {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]! < i) lo = mid + 1
    else hi = mid
  }
  const there = list[lo] === i
  if (there === inside) return list
  const out = list.slice()
  if (inside) out.splice(lo, 0, i)
  else out.splice(lo, 1)
  return out
}

export function summaryOf(day: DayState): DaySummary {
  let s = summaries.get(day)
  if (!s) {
    s = { waiting: new Map(), waitingAt: [], missedAt: [], recentDone: new Map(), served: new Map() }
    for (let i = 0; i < day.tickets.length; i++) {
      const t = day.tickets[i]!
      if (waitsForService(t)) s.waiting.set(t.serviceId, (s.waiting.get(t.serviceId) ?? 0) + 1)
      if (waits(t)) s.waitingAt.push(i)
      if (missed(t)) s.missedAt.push(i)
      if (timedDone(t)) {
        // positions come in ascending order here: keep the last RECENT_SAMPLE without sorting
        const recent = s.recentDone.get(t.serviceId) ?? []
        if (recent.push(i) > RECENT_SAMPLE) recent.shift()
        s.recentDone.set(t.serviceId, recent)
        addServed(s.served, t)
      }
    }
    summaries.set(day, s)
  }
  return s
}

/** The summary of `after`, from that of `before` and the positions of the tickets the fold changed or added. */
export function carrySummary(before: DayState, after: DayState, changed: Iterable<number>): void {
  const from = summaries.get(before)
  if (!from) return
  const s: DaySummary = { waiting: new Map(from.waiting), waitingAt: from.waitingAt, missedAt: from.missedAt, recentDone: new Map(from.recentDone), served: from.served }
  for (const i of changed) {
    const old = before.tickets[i]
    const now = after.tickets[i]!
    if (waitsForService(old)) {
      const left = s.waiting.get(old!.serviceId)! - 1
      if (left > 0) s.waiting.set(old!.serviceId, left)
      else s.waiting.delete(old!.serviceId)
    }
    if (waitsForService(now)) s.waiting.set(now.serviceId, (s.waiting.get(now.serviceId) ?? 0) + 1)
    s.waitingAt = placed(s.waitingAt, i, waits(now))
    s.missedAt = placed(s.missedAt, i, missed(now))
    if (timedDone(now) && !timedDone(old)) {
      addDone(s.recentDone, now.serviceId, i)
      if (s.served === from.served) s.served = new Map(from.served)
      addServed(s.served, now)
    }
  }
  summaries.set(after, s)
}

/** The waiting tickets, in the order they were issued. */
export const waitingTickets = (day: DayState): DayTicket[] => summaryOf(day).waitingAt.map((i) => day.tickets[i]!)

/** The missed tickets (no-shows), in the order they were issued. */
export const missedTickets = (day: DayState): DayTicket[] => summaryOf(day).missedAt.map((i) => day.tickets[i]!)
