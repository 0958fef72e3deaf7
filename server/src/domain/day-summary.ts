import type { DayState, DayTicket } from './types.js'

/**
 * What the views need from the whole day, kept per day state (states are immutable) and carried
 * forward by the fold from the tickets each fold changed, so a screen update on ticket 10,000 does
 * not scan 10,000 tickets. A state the fold did not make (a test's hand-built day) is scanned once.
 */
export interface DaySummary {
  /** serviceId → tickets waiting for any counter of the service (not sent to one counter by name). */
  waiting: Map<string, number>
  /** serviceId → positions in `tickets` of its latest finished tickets (at most RECENT_SAMPLE, ascending). */
  recentDone: Map<string, number[]>
}

/** How many of a service's latest finished tickets feed its mean service time. */
export const RECENT_SAMPLE = 20

const summaries = new WeakMap<DayState, DaySummary>()

const waits = (t: DayTicket | undefined): boolean => t !== undefined && t.status === 'waiting' && t.targetCounterId === undefined
const timedDone = (t: DayTicket | undefined): boolean => t !== undefined && t.status === 'done' && !!t.startedAt && !!t.finishedAt

function addDone(recent: Map<string, number[]>, serviceId: string, position: number): void {
  const list = [...(recent.get(serviceId) ?? []), position].sort((a, b) => a - b)
  recent.set(serviceId, list.slice(-RECENT_SAMPLE))
}

export function summaryOf(day: DayState): DaySummary {
  let s = summaries.get(day)
  if (!s) {
    s = { waiting: new Map(), recentDone: new Map() }
    day.tickets.forEach((t, i) => {
      if (waits(t)) s!.waiting.set(t.serviceId, (s!.waiting.get(t.serviceId) ?? 0) + 1)
      if (timedDone(t)) addDone(s!.recentDone, t.serviceId, i)
    })
    summaries.set(day, s)
  }
  return s
}

/** The summary of `after`, from that of `before` and the positions of the tickets the fold changed or added. */
export function carrySummary(before: DayState, after: DayState, changed: Iterable<number>): void {
  const from = summaries.get(before)
  if (!from) return
  const s: DaySummary = { waiting: new Map(from.waiting), recentDone: new Map(from.recentDone) }
  for (const i of changed) {
    const old = before.tickets[i]
    const now = after.tickets[i]!
    if (waits(old)) {
      const left = s.waiting.get(old!.serviceId)! - 1
      if (left > 0) s.waiting.set(old!.serviceId, left)
      else s.waiting.delete(old!.serviceId)
    }
    if (waits(now)) s.waiting.set(now.serviceId, (s.waiting.get(now.serviceId) ?? 0) + 1)
    if (timedDone(now) && !timedDone(old)) addDone(s.recentDone, now.serviceId, i)
  }
  summaries.set(after, s)
}
