import { emptyBucket, mergeBucket, type Bucket, type DayAggregate } from '../aggregate.js'

/**
 * What a province report reads of a centre's days: the day's total, and its calls within their
 * service area's target. Day aggregates reduce to it (stored beside each aggregate), and months of
 * them are stored merged (`luot_month_aggregates`), so a year is a dozen small rows a centre.
 */
export interface CentreSummary {
  days: number
  total: Bucket
  calls: number
  within: number
}

export const emptySummary = (): CentreSummary => ({ days: 0, total: emptyBucket(), calls: 0, within: 0 })

/** A day aggregate's part of a summary (an aggregate written before `withinTarget`: no calls counted). */
export function summaryOfDay(agg: Pick<DayAggregate, 'total' | 'withinTarget'>): CentreSummary {
  return { days: 1, total: agg.total, calls: agg.withinTarget?.calls ?? 0, within: agg.withinTarget?.within ?? 0 }
}

/** Adds `part` into `into` (`part` is left as it was). */
export function addSummary(into: CentreSummary, part: CentreSummary): CentreSummary {
  into.days += part.days
  mergeBucket(into.total, part.total)
  into.calls += part.calls
  into.within += part.within
  return into
}
