import type { BookingReport, BookingReportRow, StoredBooking } from '@luot/shared'
import type { Bucket, DayAggregate } from '../aggregate.js'
import { bucketWidth, emptyHistogram, summarize, type Histogram } from '../histogram.js'
import type { Config } from '../types.js'
import { mergeBookingWaits } from './booking-waits.js'
import { statusOf } from './rules.js'

type Waits = Pick<Bucket, 'bookedWait' | 'bookedDelay' | 'walkInWait'>
interface Counts {
  made: number
  cancelled: number
  checkedIn: number
  noShow: number
}

/** How many durations of the histogram are at most `limit` seconds (whole buckets: 2 s wide under 10 minutes). */
function atMost(h: Histogram | undefined, limit: number): number {
  let n = 0
  for (const [edge, count] of Object.entries(h?.b ?? {})) if (Number(edge) + bucketWidth(Number(edge)) <= limit + 1) n += count
  return n
}

function row(key: string, label: { vi: string; en: string }, c: Counts, w: Waits, withinMinutes: number): BookingReportRow {
  const called = w.bookedDelay?.n ?? 0
  const within = atMost(w.bookedDelay, withinMinutes * 60)
  return {
    key,
    label: label.vi,
    labelEn: label.en,
    ...c,
    bookedCalled: called,
    calledWithin: within,
    calledWithinPercent: called ? Math.round((within / called) * 1000) / 10 : null,
    bookedWait: summarize(w.bookedWait ?? emptyHistogram()),
    walkInWait: summarize(w.walkInWait ?? emptyHistogram()),
  }
}

/**
 * The booking figures of [from, to] per service and in total: bookings made, cancelled, checked in
 * and no-show (by the booked day, from the bookings), the share of booked citizens called within
 * `withinMinutes` of their slot's start, and the wait of booked citizens beside walk-ins (from the
 * days' aggregates). Services without bookings or booked tickets are left out.
 */
export function buildBookingReport(config: Config, aggregates: DayAggregate[], bookings: StoredBooking[], q: { from: string; to: string; withinMinutes: number }, now: Date): BookingReport {
  const counts = new Map<string, Counts>()
  const total: Counts = { made: 0, cancelled: 0, checkedIn: 0, noShow: 0 }
  for (const b of bookings) {
    const c = counts.get(b.serviceId) ?? { made: 0, cancelled: 0, checkedIn: 0, noShow: 0 }
    counts.set(b.serviceId, c)
    const status = statusOf(config, b, now)
    for (const x of [c, total]) {
      x.made++
      if (status === 'cancelled') x.cancelled++
      if (status === 'checked-in') x.checkedIn++
      if (status === 'no-show') x.noShow++
    }
  }
  const waits = new Map<string, Waits>()
  const allWaits: Waits = {}
  for (const agg of aggregates) {
    mergeBookingWaits(allWaits, agg.total)
    for (const [serviceId, bucket] of Object.entries(agg.by.service)) {
      if (!bucket.bookedDelay && !counts.has(serviceId)) continue
      const w = waits.get(serviceId) ?? {}
      waits.set(serviceId, w)
      mergeBookingWaits(w, bucket)
    }
  }
  const keys = [...new Set([...counts.keys(), ...[...waits].filter(([, w]) => w.bookedDelay).map(([k]) => k)])]
  const name = (id: string) => config.services.find((s) => s.id === id)?.name ?? { vi: id, en: id }
  const order = (id: string) => config.services.findIndex((s) => s.id === id)
  keys.sort((a, b) => order(a) - order(b) || a.localeCompare(b))
  const empty: Counts = { made: 0, cancelled: 0, checkedIn: 0, noShow: 0 }
  return {
    from: q.from,
    to: q.to,
    withinMinutes: q.withinMinutes,
    rows: keys.map((k) => row(k, name(k), counts.get(k) ?? empty, waits.get(k) ?? {}, q.withinMinutes)),
    total: row('total', { vi: 'Tổng cộng', en: 'Total' }, total, allWaits, q.withinMinutes),
  }
}

