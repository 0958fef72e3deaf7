import type pg from 'pg'
import { summaryOfDay, type CentreSummary } from '../../domain/province/centre-summary.js'
import { addPacked, emptyPacked, fromStored, packSummary, unpackSummary, type PackedSummary, type StoredSummary } from '../../domain/province/packed-summary.js'
import type { DayAggregate } from '../../domain/aggregate.js'
import { coverRange, dekadOf } from '../../domain/province/period-cover.js'

type Queryable = Pick<pg.Pool, 'query'>

/** What is stored beside a day's aggregate (`luot_aggregates.summary`): all a province report reads of the day, packed. */
export const storedSummary = (agg: DayAggregate): string => JSON.stringify(packSummary(summaryOfDay(agg)))

/** A day's summary from its row: the small column, or (a row written before it) the aggregate itself. */
const daySummary = (r: { s: StoredSummary | null; body: DayAggregate | null }): PackedSummary => (r.s ? fromStored(r.s, 1) : packSummary(summaryOfDay(r.body!)))
const DAY_COLUMNS = 'summary AS s, CASE WHEN summary IS NULL THEN body END AS body'

/** First day of the month of `day` (YYYY-MM-DD). */
const monthOf = (day: string): string => `${day.slice(0, 7)}-01`

/**
 * Stores a day's aggregate with its summary and recomputes its month's roll-up, in the caller's
 * transaction. An advisory lock per centre and month makes concurrent writers (a late rating on
 * another process) recompute one after the other, so the last one sees every committed day.
 * `replace`: a day written again (late ratings) replaces the row; else the first write stays.
 */
export async function storeAggregate(client: pg.ClientBase, centre: string, agg: DayAggregate, replace: boolean): Promise<void> {
  await insertDay(client, centre, agg, replace)
  await rollUpMonth(client, centre, agg.date)
}

/** The day's row alone, aggregate and summary (`storeAggregate` then rolls its month up; a bulk load once a month). */
export async function insertDay(client: Queryable, centre: string, agg: DayAggregate, replace: boolean): Promise<void> {
  await client.query(
    `INSERT INTO luot_aggregates (centre, day, body, summary) VALUES ($1, $2, $3::json, $4::json) ON CONFLICT ${replace ? '(centre, day) DO UPDATE SET body = EXCLUDED.body, summary = EXCLUDED.summary' : 'DO NOTHING'}`,
    [centre, agg.date, JSON.stringify(agg), storedSummary(agg)],
  )
}

/**
 * Recomputes the roll-ups of `day`'s month for a centre from its days' summaries: the month, and its
 * three dekads (see coverRange). Called after a day of the month was written (see storeAggregate).
 */
export async function rollUpMonth(client: pg.ClientBase, centre: string, day: string): Promise<void> {
  const month = monthOf(day)
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`luot-month:${centre}:${month}`])
  const { rows } = await client.query<{ d: string; s: StoredSummary | null; body: DayAggregate | null }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS d, ${DAY_COLUMNS} FROM luot_aggregates WHERE centre = $1 AND day >= $2::date AND day < $2::date + interval '1 month'`,
    [centre, month],
  )
  const sum = emptyPacked()
  const dekads = new Map(['01', '11', '21'].map((dd) => [`${month.slice(0, 8)}${dd}`, emptyPacked()]))
  for (const r of rows) {
    const part = daySummary(r)
    addPacked(sum, part)
    addPacked(dekads.get(dekadOf(r.d).start)!, part)
  }
  await client.query(
    'INSERT INTO luot_month_aggregates (centre, month, days, body) VALUES ($1, $2, $3, $4::json) ON CONFLICT (centre, month) DO UPDATE SET days = EXCLUDED.days, body = EXCLUDED.body',
    [centre, month, sum.days, JSON.stringify(sum)],
  )
  for (const [start, x] of dekads) {
    await client.query('INSERT INTO luot_dekad_aggregates (centre, start, days, body) VALUES ($1, $2, $3, $4::json) ON CONFLICT (centre, start) DO UPDATE SET days = EXCLUDED.days, body = EXCLUDED.body', [centre, start, x.days, JSON.stringify(x)])
  }
}

/**
 * Every centre's summary of the closed days in [from, to], reading aggregates only: the roll-ups of
 * the whole months and dekads inside the range, and the days' summaries at its edges (coverRange).
 */
export async function readCentreSummaries(pool: Queryable, from: string, to: string): Promise<Map<string, CentreSummary>> {
  const sums = new Map<string, PackedSummary>()
  const add = (centre: string, part: PackedSummary): void => {
    addPacked(sums.get(centre) ?? (sums.set(centre, emptyPacked()), sums.get(centre)!), part)
  }
  const cover = coverRange(from, to)
  type Rolled = { c: string; days: number; body: StoredSummary }
  // the months, the dekads and the days, read at once
  const [months, dekads, days] = await Promise.all([
    pool.query<Rolled>('SELECT centre AS c, days, body FROM luot_month_aggregates WHERE month = ANY($1::date[])', [cover.months]),
    pool.query<Rolled>('SELECT centre AS c, days, body FROM luot_dekad_aggregates WHERE start = ANY($1::date[])', [cover.dekads]),
    pool.query<{ c: string; s: StoredSummary | null; body: DayAggregate | null }>(`SELECT centre AS c, ${DAY_COLUMNS} FROM luot_aggregates WHERE day = ANY($1::date[])`, [cover.days]),
  ])
  for (const r of [...months.rows, ...dekads.rows]) add(r.c, fromStored(r.body, r.days))
  for (const r of days.rows) add(r.c, daySummary(r))
  return new Map([...sums].map(([centre, s]) => [centre, unpackSummary(s)]))
}
