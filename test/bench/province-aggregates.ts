import pg from 'pg'
import { dayKey } from '@luot/shared'
import { aggregateDay, type DayAggregate } from '../../server/src/domain/aggregate.js'
import type { Config } from '../../server/src/domain/types.js'
import { insertDay, rollUpMonth } from '../../server/src/store/pg/month-rollup.js'
import { inTransaction } from '../../server/src/store/pg/pg-transaction.js'
import { simulateDay } from './year-of-data.js'

const DAY_MS = 86_400_000
/** Transactions writing at once (PostgreSQL compresses each ~95 kB body: CPU-bound on 2 cores). */
const WRITERS = 4

/** `days` working days (Sundays off) ending yesterday in the centre's time zone, oldest first. */
export function workingDays(days: number, timeZone: string): string[] {
  const today = Date.parse(`${dayKey(new Date(), timeZone)}T00:00:00Z`)
  const dates: string[] = []
  for (let d = today - DAY_MS; dates.length < days; d -= DAY_MS) if (new Date(d).getUTCDay() !== 0) dates.unshift(new Date(d).toISOString().slice(0, 10))
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
 * Writes every centre's year as PgStore.writeAggregate does, a month in one transaction: each day's
 * row (aggregate and summary) by the server's own insertDay, then its rollUpMonth once (writeAggregate recomputes the
 * month after every day, which for 30,000 days takes over half an hour; the rows written are the
 * same). Centre `c` on day `d` gets sample `(7d + 13c) mod n`, so no two centres have the same year.
 * Resolves with the tickets issued each day, all centres summed (what a report must sum to).
 */
export async function writeProvinceYear(databaseUrl: string, slugs: string[], samples: DayAggregate[], dates: string[]): Promise<Map<string, number>> {
  const months = new Map<string, number[]>()
  dates.forEach((date, d) => months.set(date.slice(0, 7), [...(months.get(date.slice(0, 7)) ?? []), d]))
  const sample = (c: number, d: number): DayAggregate => samples[(7 * d + 13 * c) % samples.length]!
  const jobs = slugs.flatMap((slug, c) => [...months.values()].map((days) => ({ slug, c, days })))
  const issued = new Map(dates.map((date, d) => [date, slugs.reduce((n, _, c) => n + sample(c, d).total.issued, 0)]))
  const pool = new pg.Pool({ connectionString: databaseUrl, max: WRITERS })
  try {
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        for (let job = jobs.pop(); job; job = jobs.pop()) {
          const { slug, c, days } = job
          await inTransaction(pool, async (client) => {
            for (const d of days) await insertDay(client, slug, redate(sample(c, d), dates[d]!), true)
            await rollUpMonth(client, slug, dates[days[0]!]!)
          })
        }
      }),
    )
  } finally {
    await pool.end()
  }
  return issued
}
