import { emptyBucket, mergeBucket, type Bucket, type DayAggregate } from '../aggregate.js'

/**
 * What a province report reads of a centre's days: the day's total and its service areas (the
 * service areas carry the waits judged against each area's target). Day aggregates reduce to it, and
 * months of them are stored merged (`luot_month_aggregates`), so a year is a dozen rows a centre.
 */
export interface CentreSummary {
  days: number
  total: Bucket
  service: Record<string, Bucket>
}

export const emptySummary = (): CentreSummary => ({ days: 0, total: emptyBucket(), service: {} })

/** A day aggregate's part of a summary. */
export function summaryOfDay(agg: Pick<DayAggregate, 'total' | 'by'>): CentreSummary {
  return { days: 1, total: agg.total, service: agg.by.service }
}

/** Adds `part` into `into` (`part` is left as it was). */
export function addSummary(into: CentreSummary, part: CentreSummary): CentreSummary {
  into.days += part.days
  mergeBucket(into.total, part.total)
  for (const [id, b] of Object.entries(part.service)) mergeBucket((into.service[id] ??= emptyBucket()), b)
  return into
}

/** Several summaries merged into a new one. */
export function mergeSummaries(parts: Iterable<CentreSummary>): CentreSummary {
  const out = emptySummary()
  for (const p of parts) addSummary(out, p)
  return out
}
