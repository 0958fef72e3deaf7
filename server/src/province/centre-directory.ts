import { Compile } from 'typebox/compile'
import { CentreEntry, LuotError } from '@luot/shared'
import type { Config } from '../domain/types.js'
import type { PgShared } from '../store/pg/pg-shared.js'
import { inTransaction } from '../store/pg/pg-transaction.js'
import { CorruptDataError } from '../store/port.js'

const checkEntry = Compile(CentreEntry)
const CHANNEL = 'luot_centres'
/** Tables whose rows are a centre's data: a centre with any of them is archived, never deleted. */
const DATA_TABLES = ['luot_records', 'luot_aggregates', 'luot_closed_days', 'luot_dossiers', 'luot_bookings', 'luot_late_records']

/**
 * The province's centres (`luot_centres`): every centre's slug is the key its rows carry in every
 * other table. Changes are announced on NOTIFY luot_centres, so every process opens a new centre
 * and closes an archived one within moments.
 */
export class CentreDirectory {
  constructor(private readonly shared: PgShared) {}

  async list(): Promise<CentreEntry[]> {
    const { rows } = await this.shared.pool.query<{ slug: string; body: unknown }>('SELECT slug, body FROM luot_centres ORDER BY slug')
    return rows.map((r) => {
      if (!checkEntry.Check(r.body) || r.body.slug !== r.slug) throw new CorruptDataError(`luot_centres (slug ${r.slug})`, undefined, 'not a centre entry')
      return r.body
    })
  }

  async get(slug: string): Promise<CentreEntry> {
    const entry = (await this.list()).find((c) => c.slug === slug)
    if (!entry) throw new LuotError('CENTRE_NOT_FOUND')
    return entry
  }

  /** Adds centres and their first configurations in one transaction: all of them or none (CENTRE_EXISTS names the first taken slug). */
  async create(centres: { entry: CentreEntry; config: Config }[]): Promise<void> {
    await inTransaction(this.shared.pool, async (client) => {
      for (const { entry, config } of centres) {
        const taken = await client.query('INSERT INTO luot_centres (slug, state, body) VALUES ($1, $2, $3::json) ON CONFLICT DO NOTHING', [entry.slug, entry.state, JSON.stringify(entry)])
        // a slug whose rows survive a delete of its directory entry is taken too: its data would be reused
        const leftover = await client.query('SELECT 1 FROM luot_config WHERE centre = $1', [entry.slug])
        if (!taken.rowCount || leftover.rowCount) throw new LuotError('CENTRE_EXISTS', `the slug ${entry.slug} is taken`)
        await client.query('INSERT INTO luot_config (centre, body) VALUES ($1, $2::json)', [entry.slug, JSON.stringify(config)])
      }
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(centres.map((c) => c.entry.slug))])
    })
  }

  /** Archives (`archived`) or restores (`active`) a centre: its data stays, its URLs answer CENTRE_ARCHIVED while archived. */
  async setState(slug: string, state: CentreEntry['state'], at: string): Promise<CentreEntry> {
    return inTransaction(this.shared.pool, async (client) => {
      const { rows } = await client.query<{ body: CentreEntry }>('SELECT body FROM luot_centres WHERE slug = $1 FOR UPDATE', [slug])
      if (!rows[0]) throw new LuotError('CENTRE_NOT_FOUND')
      const { archivedAt: _was, ...rest } = rows[0].body
      const entry: CentreEntry = state === 'archived' ? { ...rest, state, archivedAt: at } : { ...rest, state }
      await client.query('UPDATE luot_centres SET state = $2, body = $3::json WHERE slug = $1', [slug, state, JSON.stringify(entry)])
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify([slug])])
      return entry
    })
  }

  /** Deletes a centre that never held data (its configuration, secrets and keys go with it); one with data is CENTRE_HAS_DATA. */
  async delete(slug: string): Promise<void> {
    await inTransaction(this.shared.pool, async (client) => {
      const { rowCount } = await client.query('SELECT 1 FROM luot_centres WHERE slug = $1 FOR UPDATE', [slug])
      if (!rowCount) throw new LuotError('CENTRE_NOT_FOUND')
      for (const table of DATA_TABLES) {
        const found = await client.query(`SELECT 1 FROM ${table} WHERE centre = $1 LIMIT 1`, [slug])
        if (found.rowCount) throw new LuotError('CENTRE_HAS_DATA', `it has rows in ${table}`)
      }
      for (const table of ['luot_config', 'luot_secrets', 'luot_revoked_sessions', 'luot_procedures', 'luot_api_keys', 'luot_webhooks', 'luot_outbox', 'luot_month_aggregates', 'luot_dekad_aggregates', 'luot_dossier_days', 'luot_idempotency_keys']) await client.query(`DELETE FROM ${table} WHERE centre = $1`, [slug])
      await client.query('DELETE FROM luot_centres WHERE slug = $1', [slug])
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify([slug])])
    })
  }

  /** Calls `fn` whenever any process changed the directory (and after the LISTEN connection came back). */
  watch(fn: () => void): () => void {
    return this.shared.listener.on(CHANNEL, () => fn(), fn)
  }
}
