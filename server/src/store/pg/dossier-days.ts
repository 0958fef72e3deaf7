import type pg from 'pg'
import type { DossierReportRow } from '@luot/shared'

type Queryable = Pick<pg.Pool, 'query'>
const DAY = "to_char(day, 'YYYY-MM-DD')"

/** Stores a closed day's dossier figures of a centre (written again, the same figures: any process may). */
export async function writeDossierDay(pool: Queryable, centre: string, day: string, row: DossierReportRow): Promise<void> {
  await pool.query('INSERT INTO luot_dossier_days (centre, day, body) VALUES ($1, $2, $3::json) ON CONFLICT (centre, day) DO UPDATE SET body = EXCLUDED.body', [centre, day, JSON.stringify(row)])
}

/** The last day stored for a centre, and the local day its first dossier was received (null: none). */
export async function dossierDaysState(pool: Queryable, centre: string, timeZone: string): Promise<{ last: string | null; first: string | null }> {
  const { rows } = await pool.query<{ last: string | null; first: string | null }>(
    `SELECT (SELECT ${DAY} FROM luot_dossier_days WHERE centre = $1 ORDER BY day DESC LIMIT 1) AS last,
            (SELECT to_char(min(received_at) AT TIME ZONE $2, 'YYYY-MM-DD') FROM luot_dossiers WHERE centre = $1) AS first`,
    [centre, timeZone],
  )
  return rows[0] ?? { last: null, first: null }
}

/** Every centre's stored days in [from, to], in day order. */
export async function readDossierDays(pool: Queryable, from: string, to: string): Promise<Map<string, { day: string; row: DossierReportRow }[]>> {
  const { rows } = await pool.query<{ c: string; d: string; body: DossierReportRow }>(`SELECT centre AS c, ${DAY} AS d, body FROM luot_dossier_days WHERE day BETWEEN $1 AND $2 ORDER BY day`, [from, to])
  const out = new Map<string, { day: string; row: DossierReportRow }[]>()
  for (const r of rows) out.set(r.c, [...(out.get(r.c) ?? []), { day: r.d, row: r.body }])
  return out
}
