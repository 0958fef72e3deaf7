import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileRevocations } from '../auth/revocation-store.js'
import { loadOrCreateSecret } from '../setup/secret.js'
import { JournalStore } from '../store/journal-store.js'
import type { PgStore } from '../store/pg/pg-store.js'

/** What was copied, and what PostgreSQL holds afterwards: the two must match. */
export interface CopyCount {
  what: string
  embedded: number
  postgres: number
}

const JOURNAL = /^(\d{4}-\d{2}-\d{2})\.jsonl$/
/** Records per transaction: a long day is copied in steps, each one durable. */
const CHUNK = 2000

/**
 * Copies an embedded centre (DATA_DIR) into PostgreSQL for one centre: configuration, every day's
 * journal record for record, closed days' snapshots and aggregates, late ratings, logged-out sessions and the
 * session secret (so signed-in clerks and the rating pads' pairing links keep working). Refuses a
 * centre that already has data there; reads DATA_DIR only (a release-0.1 day file is migrated to
 * its journal first, as at any start). Returns the counts on both sides.
 */
export async function copyEmbeddedToPg(dataDir: string, pg: PgStore): Promise<CopyCount[]> {
  const existing = await pg.pool.query('SELECT (SELECT count(*) FROM luot_config WHERE centre = $1) + (SELECT count(*) FROM luot_records WHERE centre = $1) AS n', [pg.centre])
  if (Number(existing.rows[0].n) > 0) throw new Error(`centre "${pg.centre}" already has data in PostgreSQL: nothing was copied (choose another LUOT_CENTRE, or empty it first)`)
  const from = await JournalStore.open(dataDir, { log: (m) => console.log(m) })
  try {
    const config = await from.readConfig()
    if (!config) throw new Error(`${join(dataDir, 'config.json')} is missing: is DATA_DIR the centre's data directory?`)
    const dates = (await readdir(join(dataDir, 'days'))).flatMap((f) => JOURNAL.exec(f)?.[1] ?? []).sort()
    let records = 0
    let closed = 0
    for (const date of dates) {
      const day = await from.readRecords(date)
      for (let i = 0; i < day.length; i += CHUNK) await pg.append(date, i + 1, day.slice(i, i + CHUNK))
      records += day.length
      const snapshot = await from.readClosedDay(date)
      const aggregate = (await from.readAggregates(date, date))[0]
      if (snapshot && aggregate) {
        await pg.writeClosedDay(snapshot, aggregate)
        closed++
      }
    }
    // ratings given after their day closed: the copied aggregates already count them
    const lateDates = (await readdir(join(dataDir, 'late')).catch(() => [])).flatMap((f) => JOURNAL.exec(f)?.[1] ?? []).sort()
    let late = 0
    for (const date of lateDates) {
      const ratings = await from.readLateRecords(date)
      for (const r of ratings) await pg.appendLateRecord(date, r)
      late += ratings.length
    }
    const revoked = await fileRevocations(dataDir).load()
    const live = Object.entries(revoked).filter(([, exp]) => exp > Date.now())
    await pg.pool.query(
      'INSERT INTO luot_revoked_sessions (centre, nonce, expires_at) SELECT $1, n, to_timestamp(e / 1000.0) FROM unnest($2::text[], $3::float8[]) AS r(n, e)',
      [pg.centre, live.map(([n]) => n), live.map(([, e]) => e)],
    )
    const secret = await loadOrCreateSecret(dataDir, undefined)
    await pg.pool.query("INSERT INTO luot_secrets (centre, name, value) VALUES ($1, 'session', $2)", [pg.centre, secret.toString('base64url')])
    // the configuration last: a centre without it is not yet usable, so a copy cut short is easy to see and redo
    await pg.writeConfig(config)
    return [
      { what: 'days', embedded: dates.length, postgres: await count(pg, 'SELECT count(DISTINCT day) FROM luot_records WHERE centre = $1') },
      { what: 'records', embedded: records, postgres: await count(pg, 'SELECT count(*) FROM luot_records WHERE centre = $1') },
      { what: 'closed days', embedded: closed, postgres: await count(pg, 'SELECT count(*) FROM luot_closed_days WHERE centre = $1') },
      { what: 'aggregates', embedded: (await from.readAggregates('1970-01-01', '9999-12-31')).length, postgres: await count(pg, 'SELECT count(*) FROM luot_aggregates WHERE centre = $1') },
      { what: 'late ratings', embedded: late, postgres: await count(pg, 'SELECT count(*) FROM luot_late_records WHERE centre = $1') },
      { what: 'logged-out sessions', embedded: live.length, postgres: await count(pg, 'SELECT count(*) FROM luot_revoked_sessions WHERE centre = $1') },
      { what: 'configuration', embedded: 1, postgres: await count(pg, 'SELECT count(*) FROM luot_config WHERE centre = $1') },
    ]
  } finally {
    await from.close()
  }
}

async function count(pg: PgStore, sql: string): Promise<number> {
  return Number((await pg.pool.query(sql, [pg.centre])).rows[0].count)
}
