import type pg from 'pg'
import { addSummary, emptySummary, summaryOfDay, type CentreSummary } from '../../domain/province/centre-summary.js'
import { emptyBucket, type Bucket, type DayAggregate } from '../../domain/aggregate.js'

type Queryable = Pick<pg.Pool, 'query'>

/** A stored summary (a day's or a month's) as written: the total bucket and the calls within target. */
interface StoredSummary {
  total: Partial<Bucket>
  calls: number
  within: number
}

/** A stored summary with whatever an older release left out of its bucket filled in empty. */
const summaryOf = (days: number, s: StoredSummary): CentreSummary => ({ days, total: { ...emptyBucket(), ...s.total }, calls: s.calls ?? 0, within: s.within ?? 0 })

/** A bucket without the booked and walk-in waits: a province report reads none of them, and they are as large as the wait itself. */
const lean = (b: Bucket): Bucket => {
  const { bookedWait: _b, bookedDelay: _d, walkInWait: _w, ...rest } = b
  return rest
}

/** What is stored beside a day's aggregate (`luot_aggregates.summary`): all a province report reads of the day. */
export const storedSummary = (agg: DayAggregate): string => {
  const { total, calls, within } = summaryOfDay(agg)
  return JSON.stringify({ total: lean(total), calls, within })
}

/** A day's summary from its row: the small column, or (a row written before it) the aggregate itself. */
const daySummary = (r: { s: StoredSummary | null; body: DayAggregate | null }): CentreSummary => summaryOf(1, r.s ?? summaryOfDay(r.body!))
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

/** Recomputes the month roll-up of `day`'s month for a centre from its days' summaries (see storeAggregate). */
export async function rollUpMonth(client: pg.ClientBase, centre: string, day: string): Promise<void> {
  const month = monthOf(day)
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`luot-month:${centre}:${month}`])
  const { rows } = await client.query<{ s: StoredSummary | null; body: DayAggregate | null }>(
    `SELECT ${DAY_COLUMNS} FROM luot_aggregates WHERE centre = $1 AND day >= $2::date AND day < $2::date + interval '1 month'`,
    [centre, month],
  )
  const sum = emptySummary()
  for (const r of rows) addSummary(sum, daySummary(r))
  await client.query(
    'INSERT INTO luot_month_aggregates (centre, month, days, body) VALUES ($1, $2, $3, $4::json) ON CONFLICT (centre, month) DO UPDATE SET days = EXCLUDED.days, body = EXCLUDED.body',
    [centre, month, sum.days, JSON.stringify({ total: lean(sum.total), calls: sum.calls, within: sum.within })],
  )
}

/** The whole months inside [from, to]: the first day of the first one and the last day of the last one (null when none). */
export function wholeMonths(from: string, to: string): { first: string; last: string } | null {
  const start = new Date(`${monthOf(from)}T00:00:00Z`)
  if (from.slice(8) !== '01') start.setUTCMonth(start.getUTCMonth() + 1)
  const end = new Date(`${monthOf(to)}T00:00:00Z`)
  end.setUTCMonth(end.getUTCMonth() + 1)
  end.setUTCDate(0) // the last day of to's month
  if (end.toISOString().slice(0, 10) !== to) end.setUTCDate(0) // to's month is partial: the month before
  const first = start.toISOString().slice(0, 10)
  const last = end.toISOString().slice(0, 10)
  return first <= last ? { first, last } : null
}

/**
 * Every centre's summary of the closed days in [from, to], reading aggregates only: month roll-ups
 * for the whole months inside the range, the days' summaries for the rest.
 */
export async function readCentreSummaries(pool: Queryable, from: string, to: string): Promise<Map<string, CentreSummary>> {
  const out = new Map<string, CentreSummary>()
  const into = (centre: string): CentreSummary => out.get(centre) ?? (out.set(centre, emptySummary()), out.get(centre)!)
  const months = wholeMonths(from, to)
  type DayRow = { c: string; s: StoredSummary | null; body: DayAggregate | null }
  // the days around the whole months, and the months, read at once
  const [days, monthRows] = await Promise.all([
    months
      ? pool.query<DayRow>(`SELECT centre AS c, ${DAY_COLUMNS} FROM luot_aggregates WHERE day BETWEEN $1 AND $2 AND NOT (day BETWEEN $3 AND $4)`, [from, to, months.first, months.last])
      : pool.query<DayRow>(`SELECT centre AS c, ${DAY_COLUMNS} FROM luot_aggregates WHERE day BETWEEN $1 AND $2`, [from, to]),
    months ? pool.query<{ c: string; days: number; body: StoredSummary }>('SELECT centre AS c, days, body FROM luot_month_aggregates WHERE month BETWEEN $1 AND $2', [months.first, months.last]) : undefined,
  ])
  for (const r of days.rows) addSummary(into(r.c), daySummary(r))
  for (const r of monthRows?.rows ?? []) addSummary(into(r.c), summaryOf(r.days, r.body))
  return out
}
