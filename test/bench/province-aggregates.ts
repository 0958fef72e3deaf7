import { dayKey } from '@luot/shared'
import { aggregateDay, type DayAggregate } from '../../server/src/domain/aggregate.js'
import type { Config } from '../../server/src/domain/types.js'
import { PgStore } from '../../server/src/store/pg/pg-store.js'
import { simulateDay } from './year-of-data.js'

const DAY_MS = 86_400_000

/** `days` working days (Sundays off) ending yesterday, oldest first, in the centre's time zone. */
export function workingDays(days: number, timeZone: string): string[] {
  const dates: string[] = []
  for (let d = new Date(); dates.length < days; ) {
    d = new Date(d.getTime() - DAY_MS)
    if (d.getUTCDay() !== 0) dates.unshift(dayKey(d, timeZone))
  }
  return dates
}

/**
 * The centre's own configuration (services, outcomes, rating scale as the template made them) with
 * 20 counters and a clerk at each, so a 1,000-ticket day is served within the working day.
 */
export function busyCommune(config: Config): Config {
  const busy = structuredClone(config)
  const ids = busy.services.map((s) => s.id)
  busy.counters = Array.from({ length: 20 }, (_, i) => ({ id: `c${i + 1}`, number: i + 1, name: { vi: `Quầy ${i + 1}`, en: `Counter ${i + 1}` }, serviceIds: [...ids.slice(i % ids.length), ...ids.slice(0, i % ids.length)] }))
  busy.centre.openingHours.enforce = false
  return busy
}

/**
 * `count` different closed days (700…1,300 tickets, 1,000 on average) run through the real domain
 * (year-of-data's simulateDay) and reduced by the server's own aggregateDay: what day close writes.
 */
export function sampleAggregates(config: Config, count: number): DayAggregate[] {
  return Array.from({ length: count }, (_, i) => {
    const date = dayKey(new Date(Date.UTC(2025, 0, 2) + i * DAY_MS), config.centre.timeZone)
    const { day } = simulateDay(config, date, 700 + ((i * 397) % 601), 1_000 + i)
    return aggregateDay(day, config)
  })
}

/** A sample aggregate moved to another date: its day, and every instant in its audit trail and notes, shifted by whole days. */
export function redate(agg: DayAggregate, date: string): DayAggregate {
  const shift = Date.parse(`${date}T00:00:00Z`) - Date.parse(`${agg.date}T00:00:00Z`)
  const at = (iso: string) => new Date(Date.parse(iso) + shift).toISOString()
  return {
    ...agg,
    date,
    audit: agg.audit.map((a) => ({ ...a, at: at(a.at) })),
    ...(agg.notes ? { notes: agg.notes.map((n) => ({ ...n, date, at: at(n.at) })) } : {}),
  }
}

/**
 * Writes every centre's year through the PostgreSQL store's own writeAggregate (the statement day
 * close and late ratings use), 8 at a time. Centre `c` on day `d` gets sample `(7d + 13c) mod n`, so
 * no two centres have the same year. Resolves with the tickets issued in all (the report must sum to it).
 */
export async function writeProvinceYear(databaseUrl: string, slugs: string[], samples: DayAggregate[], dates: string[]): Promise<number> {
  let issued = 0
  for (const [c, slug] of slugs.entries()) {
    const store = await PgStore.open(databaseUrl, { centre: slug, poolSize: 8 })
    try {
      const queue = dates.map((date, d) => redate(samples[(7 * d + 13 * c) % samples.length]!, date))
      for (const agg of queue) issued += agg.total.issued
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          for (let agg = queue.pop(); agg; agg = queue.pop()) await store.writeAggregate(agg)
        }),
      )
    } finally {
      await store.close()
    }
  }
  return issued
}
