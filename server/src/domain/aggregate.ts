import { localParts, type AuditEntry, type RatingNote } from '@luot/shared'
import { addDuration, countBelow, emptyHistogram, mergeHistogram, type Histogram } from './histogram.js'
import type { Config, DayState, DayTicket } from './types.js'
import { addBookingWaits, mergeBookingWaits } from './booking/booking-waits.js'

/** Counts and durations for one group (a service, counter, clerk or hour) on one or more days. */
export interface Bucket {
  issued: number
  served: number
  noShow: number
  transferred: number
  cancelled: number
  wait: Histogram
  service: Histogram
  ratings: Record<string, number>
  outcomes: Record<string, number>
  lowReasons: Record<string, number>
  /** Booked against walk-in waits (`booking-waits.ts`); absent in aggregates written before bookings. */
  bookedWait?: Histogram
  bookedDelay?: Histogram
  walkInWait?: Histogram
}

export type Dimension = 'service' | 'counter' | 'clerk' | 'hour'

/** A day reduced to what statistics read: written once when the day closes. */
export interface DayAggregate {
  date: string
  total: Bucket
  by: Record<Dimension, Record<string, Bucket>>
  /** The day's audit trail, so reports over a range never reopen the day files. */
  audit: AuditEntry[]
  /** Low ratings and ratings with a comment, for managers to read one by one (absent in older files). */
  notes?: RatingNote[]
  /** How many late ratings (given after the day closed) are counted in here. */
  lateApplied?: number
  /**
   * Calls of the day, and those whose wait was within their service area's target as it stood that
   * day: what a province ranks centres by, kept so its reports never read the histograms per area.
   * Absent in aggregates written before it.
   */
  withinTarget?: { calls: number; within: number }
}

export const emptyBucket = (): Bucket => ({ issued: 0, served: 0, noShow: 0, transferred: 0, cancelled: 0, wait: emptyHistogram(), service: emptyHistogram(), ratings: {}, outcomes: {}, lowReasons: {} })

const seconds = (from?: string, to?: string): number | undefined => (from && to ? (Date.parse(to) - Date.parse(from)) / 1000 : undefined)
const inc = (m: Record<string, number>, k: string): void => {
  m[k] = (m[k] ?? 0) + 1
}

function addTicket(b: Bucket, t: DayTicket, countIssue: boolean): void {
  if (countIssue && t.transferredFromId === undefined) b.issued++
  const wait = seconds(t.issuedAt, t.calledAt)
  if (wait !== undefined) addDuration(b.wait, wait)
  addBookingWaits(b, t)
  if (t.status === 'done') {
    b.served++
    const s = seconds(t.startedAt, t.finishedAt)
    if (s !== undefined) addDuration(b.service, s)
    if (t.outcome) inc(b.outcomes, t.outcome)
  }
  if (t.status === 'no-show') b.noShow++
  if (t.status === 'transferred') b.transferred++
  if (t.status === 'cancelled') b.cancelled++
  if (t.rating) {
    inc(b.ratings, String(t.rating.value))
    if (t.rating.reasonId) inc(b.lowReasons, t.rating.reasonId)
  }
}

/**
 * Reduces a day's tickets per service, counter, clerk and hour of issue. Issued counts go to the
 * service and the hour (a counter or clerk issues nothing); a transfer's continuation is not a new visit.
 */
export function aggregateDay(day: DayState, config: Config): DayAggregate {
  const agg: DayAggregate = { date: day.date, total: emptyBucket(), by: { service: {}, counter: {}, clerk: {}, hour: {} }, audit: day.audit, notes: ratingNotes(day, config) }
  const at = (dim: Dimension, key: string): Bucket => (agg.by[dim][key] ??= emptyBucket())
  for (const t of day.tickets) {
    addTicket(agg.total, t, true)
    addTicket(at('service', t.serviceId), t, true)
    const hour = String(localParts(new Date(t.issuedAt), config.centre.timeZone).hour).padStart(2, '0')
    addTicket(at('hour', hour), t, true)
    if (t.counterId) addTicket(at('counter', t.counterId), t, false)
    if (t.clerkId) addTicket(at('clerk', t.clerkId), t, false)
  }
  agg.withinTarget = { calls: 0, within: 0 }
  for (const s of config.services) {
    const wait = agg.by.service[s.id]?.wait
    if (!wait) continue
    agg.withinTarget.calls += wait.n
    agg.withinTarget.within += countBelow(wait, s.targetWaitMinutes * 60)
  }
  return agg
}

/** The day's ratings a manager should read: at or below the "ask a reason" level, or with a comment. */
export function ratingNotes(day: DayState, config: Config): RatingNote[] {
  const notes: RatingNote[] = []
  for (const t of day.tickets) {
    const r = t.rating
    if (!r || (r.value > config.settings.rating.lowMax && !r.comment)) continue
    const n: RatingNote = { date: day.date, number: t.number, serviceId: t.serviceId, value: r.value, source: r.source, at: r.at }
    if (t.counterId) n.counterId = t.counterId
    if (t.clerkId) n.clerkId = t.clerkId
    if (r.reasonId) n.reasonId = r.reasonId
    if (r.comment) n.comment = r.comment
    notes.push(n)
  }
  return notes
}

export function mergeBucket(into: Bucket, from: Bucket): void {
  into.issued += from.issued
  into.served += from.served
  into.noShow += from.noShow
  into.transferred += from.transferred
  into.cancelled += from.cancelled
  mergeHistogram(into.wait, from.wait)
  mergeHistogram(into.service, from.service)
  mergeBookingWaits(into, from)
  for (const k of ['ratings', 'outcomes', 'lowReasons'] as const) {
    for (const [key, v] of Object.entries(from[k])) into[k][key] = (into[k][key] ?? 0) + v
  }
}
