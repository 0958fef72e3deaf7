import type pg from 'pg'
import { addSummary, emptySummary, type CentreSummary } from '../../domain/province/centre-summary.js'
import { emptyBucket, type Bucket } from '../../domain/aggregate.js'

type Queryable = Pick<pg.Pool, 'query'>

/** A stored bucket with whatever an older release left out filled in empty. */
const bucket = (raw: Partial<Bucket> | null): Bucket => ({ ...emptyBucket(), ...raw })
const services = (raw: Record<string, Partial<Bucket>> | null): Record<string, Bucket> => Object.fromEntries(Object.entries(raw ?? {}).map(([k, b]) => [k, bucket(b)]))

/** First day of the month of `day` (YYYY-MM-DD). */
const monthOf = (day: string): string => `${day.slice(0, 7)}-01`

/**
 * Recomputes the month roll-up of `day`'s month for a centre from its day aggregates, in the
 * caller's transaction (`client`), after the day's aggregate was written there. An advisory lock per
 * centre and month makes concurrent writers (a late rating on another process) recompute one after
 * the other, so the last one sees every committed day.
 */
export async function rollUpMonth(client: pg.ClientBase, centre: string, day: string): Promise<void> {
  const month = monthOf(day)
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`luot-month:${centre}:${month}`])
  const { rows } = await client.query<{ t: Bucket; s: Record<string, Bucket> }>(
    "SELECT body->'total' AS t, body->'by'->'service' AS s FROM luot_aggregates WHERE centre = $1 AND day >= $2::date AND day < $2::date + interval '1 month'",
    [centre, month],
  )
  const sum = emptySummary()
  for (const r of rows) addSummary(sum, { days: 1, total: bucket(r.t), service: services(r.s) })
  await client.query(
    'INSERT INTO luot_month_aggregates (centre, month, days, body) VALUES ($1, $2, $3, $4::json) ON CONFLICT (centre, month) DO UPDATE SET days = EXCLUDED.days, body = EXCLUDED.body',
    [centre, month, sum.days, JSON.stringify({ total: sum.total, service: sum.service })],
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
 * for the whole months inside the range, day aggregates (their total and service areas) for the rest.
 */
export async function readCentreSummaries(pool: Queryable, from: string, to: string): Promise<Map<string, CentreSummary>> {
  const out = new Map<string, CentreSummary>()
  const into = (centre: string): CentreSummary => out.get(centre) ?? (out.set(centre, emptySummary()), out.get(centre)!)
  const months = wholeMonths(from, to)
  const days = months
    ? await pool.query<{ c: string; t: Bucket; s: Record<string, Bucket> | null }>("SELECT centre AS c, body->'total' AS t, body->'by'->'service' AS s FROM luot_aggregates WHERE day BETWEEN $1 AND $2 AND NOT (day BETWEEN $3 AND $4)", [from, to, months.first, months.last])
    : await pool.query<{ c: string; t: Bucket; s: Record<string, Bucket> | null }>("SELECT centre AS c, body->'total' AS t, body->'by'->'service' AS s FROM luot_aggregates WHERE day BETWEEN $1 AND $2", [from, to])
  for (const r of days.rows) addSummary(into(r.c), { days: 1, total: bucket(r.t), service: services(r.s) })
  if (months) {
    const { rows } = await pool.query<{ c: string; days: number; body: { total: Bucket; service: Record<string, Bucket> } }>('SELECT centre AS c, days, body FROM luot_month_aggregates WHERE month BETWEEN $1 AND $2', [months.first, months.last])
    for (const r of rows) addSummary(into(r.c), { days: r.days, total: bucket(r.body.total), service: services(r.body.service) })
  }
  return out
}
