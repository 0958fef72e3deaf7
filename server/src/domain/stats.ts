import type { StatsGroupBy, StatsResult, StatsRow } from '@luot/shared'
import { emptyBucket, mergeBucket, type Bucket, type DayAggregate } from './aggregate.js'
import { summarize } from './histogram.js'
import type { Config } from './types.js'

interface Label {
  vi: string
  en: string
}

function labelFor(config: Config, groupBy: StatsGroupBy, key: string): Label {
  if (groupBy === 'service') {
    const s = config.services.find((x) => x.id === key)
    return s ? { vi: s.name.vi, en: s.name.en } : { vi: key, en: key }
  }
  if (groupBy === 'counter') {
    const c = config.counters.find((x) => x.id === key)
    return c ? { vi: `Quầy ${c.number}`, en: `Counter ${c.number}` } : { vi: key, en: key }
  }
  if (groupBy === 'clerk') {
    const name = config.users.find((u) => u.id === key)?.displayName ?? key
    return { vi: name, en: name }
  }
  if (groupBy === 'hour') return { vi: `${key}:00`, en: `${key}:00` }
  return { vi: key, en: key }
}

/** One row of the published figures; satisfied % is the share of ratings at or above `satisfiedMin`. */
export function toRow(config: Config, key: string, label: Label, b: Bucket): StatsRow {
  let ratingCount = 0
  let satisfied = 0
  for (const [v, n] of Object.entries(b.ratings)) {
    ratingCount += n
    if (Number(v) >= config.settings.rating.satisfiedMin) satisfied += n
  }
  return {
    key,
    label: label.vi,
    labelEn: label.en,
    issued: b.issued,
    served: b.served,
    noShow: b.noShow,
    transferred: b.transferred,
    cancelled: b.cancelled,
    wait: summarize(b.wait),
    service: summarize(b.service),
    ratings: b.ratings,
    ratingCount,
    satisfiedPercent: ratingCount ? Math.round((satisfied / ratingCount) * 1000) / 10 : null,
    outcomes: b.outcomes,
    lowReasons: b.lowReasons,
  }
}

/** Merges per-day aggregates into the rows of a report: reads aggregates, never raw tickets. */
export function buildStats(config: Config, aggregates: DayAggregate[], from: string, to: string, groupBy: StatsGroupBy): StatsResult {
  const total = emptyBucket()
  const groups = new Map<string, Bucket>()
  for (const agg of aggregates) {
    mergeBucket(total, agg.total)
    const parts: [string, Bucket][] = groupBy === 'day' ? [[agg.date, agg.total]] : Object.entries(agg.by[groupBy])
    for (const [key, b] of parts) {
      let g = groups.get(key)
      if (!g) groups.set(key, (g = emptyBucket()))
      mergeBucket(g, b)
    }
  }
  const keys = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  return {
    from,
    to,
    groupBy,
    days: aggregates.length,
    rows: keys.map((k) => toRow(config, k, labelFor(config, groupBy, k), groups.get(k)!)),
    total: toRow(config, 'total', { vi: 'Tổng cộng', en: 'Total' }, total),
  }
}
