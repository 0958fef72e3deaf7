import type { Bucket } from '../aggregate.js'
import { denseCounts, fromDense, type Histogram } from '../histogram.js'
import type { CentreSummary } from './centre-summary.js'

/** A histogram as a province summary stores it: its counts as a dense array by bucketIndex. */
export interface PackedHistogram {
  n: number
  sum: number
  d: number[]
}

type Counts = Pick<Bucket, 'issued' | 'served' | 'noShow' | 'transferred' | 'cancelled' | 'ratings' | 'outcomes' | 'lowReasons'>

/**
 * A CentreSummary as stored (a day's summary column, a month's and a dekad's roll-up) and merged by a
 * province report: the histograms as dense arrays, so a year of a hundred centres (some 1,700 rows)
 * parses and adds up in tens of milliseconds instead of the sparse objects' hundreds. The booked and
 * walk-in waits are not kept: a province report reads none of them.
 */
export interface PackedSummary {
  days: number
  total: Counts & { wait: PackedHistogram; service: PackedHistogram }
  calls: number
  within: number
}

/** The stored form, as written now or by a release before this one (sparse histograms). */
export interface StoredSummary {
  days?: number
  total: Partial<Counts> & { wait?: PackedHistogram | Histogram; service?: PackedHistogram | Histogram }
  calls?: number
  within?: number
}

const COUNTS = ['issued', 'served', 'noShow', 'transferred', 'cancelled'] as const
const RECORDS = ['ratings', 'outcomes', 'lowReasons'] as const

const packHistogram = (h: Histogram): PackedHistogram => ({ n: h.n, sum: h.sum, d: denseCounts(h) })

/** A histogram packed (one stored before histograms were kept, or none: empty). */
const packedOf = (h: PackedHistogram | Histogram | undefined): PackedHistogram => (!h ? { n: 0, sum: 0, d: [] } : 'd' in h ? h : packHistogram(h))

/** A stored summary of `days` days (a roll-up's own column; else as stored) in the packed form, whatever release wrote it (missing parts empty). */
export function fromStored(s: StoredSummary, days = s.days ?? 0): PackedSummary {
  const t = s.total
  const total = { wait: packedOf(t.wait), service: packedOf(t.service) } as PackedSummary['total']
  for (const k of COUNTS) total[k] = t[k] ?? 0
  for (const k of RECORDS) total[k] = { ...t[k] }
  return { days, total, calls: s.calls ?? 0, within: s.within ?? 0 }
}

/** A summary packed to be stored or added (its parts copied: adding into it leaves `s` as it was). */
export const packSummary = (s: CentreSummary): PackedSummary => fromStored(s)

export const emptyPacked = (): PackedSummary => fromStored({ total: {} })

function addHistogram(into: PackedHistogram, from: PackedHistogram): void {
  into.n += from.n
  into.sum += from.sum
  const to = into.d
  const d = from.d
  for (let i = to.length; i < d.length; i++) to.push(0)
  for (let i = 0; i < d.length; i++) to[i]! += d[i]!
}

/** Adds `part` into `into` (`part` is left as it was). */
export function addPacked(into: PackedSummary, part: PackedSummary): PackedSummary {
  for (const k of COUNTS) into.total[k] += part.total[k]
  for (const k of RECORDS) {
    const to = into.total[k]
    const from = part.total[k]
    for (const key in from) to[key] = (to[key] ?? 0) + from[key]!
  }
  addHistogram(into.total.wait, part.total.wait)
  addHistogram(into.total.service, part.total.service)
  into.days += part.days
  into.calls += part.calls
  into.within += part.within
  return into
}

/** The summary a province report reads, from the packed form. */
export function unpackSummary(p: PackedSummary): CentreSummary {
  const { wait, service, ...counts } = p.total
  const total: Bucket = { ...counts, ratings: { ...counts.ratings }, outcomes: { ...counts.outcomes }, lowReasons: { ...counts.lowReasons }, wait: fromDense(wait.n, wait.sum, wait.d), service: fromDense(service.n, service.sum, service.d) }
  return { days: p.days, total, calls: p.calls, within: p.within }
}
