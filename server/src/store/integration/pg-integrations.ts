import type pg from 'pg'
import { StoredApiKey, StoredDelivery, StoredWebhook } from '@luot/shared'
import { recordCheck } from '../keyed-log.js'
import { CorruptDataError } from '../port.js'
import { inTransaction } from '../pg/pg-transaction.js'
import type { IntegrationStore, OutboxStats } from './port.js'

const checks = { luot_api_keys: recordCheck<StoredApiKey>(StoredApiKey), luot_webhooks: recordCheck<StoredWebhook>(StoredWebhook), luot_outbox: recordCheck<StoredDelivery>(StoredDelivery) }
type Table = keyof typeof checks
type Row<T extends Table> = T extends 'luot_api_keys' ? StoredApiKey : T extends 'luot_webhooks' ? StoredWebhook : StoredDelivery

/**
 * Integrations in PostgreSQL (`luot_api_keys`, `luot_webhooks`, `luot_outbox`), shared by every
 * process of a centre. A due delivery is claimed with `FOR UPDATE SKIP LOCKED` and a lease, so two
 * processes never send it at once, and one that died mid-attempt leaves it to another once the
 * lease runs out. Written before the call resolves (each statement commits).
 */
export class PgIntegrations implements IntegrationStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly centre: string,
  ) {}

  private async rows<T extends Table>(table: T, where: string, args: unknown[], tail = ''): Promise<Row<T>[]> {
    const { rows } = await this.pool.query<{ id: string; body: unknown }>(`SELECT id, body FROM ${table} WHERE centre = $1${where ? ` AND ${where}` : ''} ${tail}`, [this.centre, ...args])
    return rows.map((r) => checked(table, this.centre, r))
  }

  keys(): Promise<StoredApiKey[]> {
    return this.rows('luot_api_keys', '', [], 'ORDER BY id')
  }

  async keyByHash(hash: string): Promise<StoredApiKey | undefined> {
    return (await this.rows('luot_api_keys', 'hash = $2', [hash]))[0]
  }

  async putKey(key: StoredApiKey): Promise<void> {
    await this.pool.query('INSERT INTO luot_api_keys (centre, id, hash, body) VALUES ($1, $2, $3, $4) ON CONFLICT (centre, id) DO UPDATE SET hash = EXCLUDED.hash, body = EXCLUDED.body', [this.centre, key.id, key.hash, JSON.stringify(key)])
  }

  async touchKey(id: string, at: string): Promise<void> {
    await this.pool.query(`UPDATE luot_api_keys SET body = jsonb_set(body::jsonb, '{lastUsedAt}', to_jsonb($3::text))::json WHERE centre = $1 AND id = $2`, [this.centre, id, at])
  }

  hooks(): Promise<StoredWebhook[]> {
    return this.rows('luot_webhooks', '', [], 'ORDER BY id')
  }

  async putHook(hook: StoredWebhook): Promise<void> {
    await this.pool.query('INSERT INTO luot_webhooks (centre, id, body) VALUES ($1, $2, $3) ON CONFLICT (centre, id) DO UPDATE SET body = EXCLUDED.body', [this.centre, hook.id, JSON.stringify(hook)])
  }

  async deleteHook(id: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM luot_outbox WHERE centre = $1 AND hook_id = $2', [this.centre, id])
      await client.query('DELETE FROM luot_webhooks WHERE centre = $1 AND id = $2', [this.centre, id])
    })
  }

  async enqueue(deliveries: readonly StoredDelivery[]): Promise<void> {
    if (deliveries.length === 0) return
    const values: unknown[] = [this.centre]
    const rows = deliveries.map((d, i) => {
      values.push(d.id, d.hookId, d.state, d.nextAttemptAt, JSON.stringify(d))
      const k = 2 + i * 5
      return `($1, $${k}, $${k + 1}, $${k + 2}, $${k + 3}, $${k + 4})`
    })
    await this.pool.query(`INSERT INTO luot_outbox (centre, id, hook_id, state, next_attempt_at, body) VALUES ${rows.join(', ')} ON CONFLICT (centre, id) DO NOTHING`, values)
  }

  async claimDue(now: Date, limit: number, leaseMs: number): Promise<StoredDelivery[]> {
    const { rows } = await this.pool.query<{ id: string; body: unknown }>(
      `UPDATE luot_outbox SET lease_until = $2::timestamptz + $4 * interval '1 millisecond'
       WHERE centre = $1 AND id IN (
         SELECT id FROM luot_outbox WHERE centre = $1 AND state = 'pending' AND next_attempt_at <= $2 AND (lease_until IS NULL OR lease_until <= $2)
         ORDER BY next_attempt_at, seq LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, body`,
      [this.centre, now.toISOString(), limit, leaseMs],
    )
    return rows.map((r) => checked('luot_outbox', this.centre, r)).sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.at.localeCompare(b.at))
  }

  async putDelivery(d: StoredDelivery): Promise<void> {
    await this.pool.query('UPDATE luot_outbox SET state = $3, next_attempt_at = $4, lease_until = NULL, body = $5 WHERE centre = $1 AND id = $2', [this.centre, d.id, d.state, d.nextAttemptAt, JSON.stringify(d)])
  }

  async retryFailed(hookId: string, at: string): Promise<number> {
    const r = await this.pool.query(
      `UPDATE luot_outbox SET state = 'pending', next_attempt_at = $3::text::timestamptz, lease_until = NULL, body = jsonb_set(jsonb_set(body::jsonb, '{state}', '"pending"'), '{nextAttemptAt}', to_jsonb($3::text))::json
       WHERE centre = $1 AND hook_id = $2 AND state = 'failed'`,
      [this.centre, hookId, at],
    )
    return r.rowCount ?? 0
  }

  deliveries(hookId: string, limit: number): Promise<StoredDelivery[]> {
    return this.rows('luot_outbox', 'hook_id = $2', [hookId, limit], 'ORDER BY seq DESC LIMIT $3')
  }

  async stats(hookId: string): Promise<OutboxStats> {
    const { rows } = await this.pool.query<{ pending: string; failed: string; delivered_at: string | null; last_error: string | null }>(
      `SELECT count(*) FILTER (WHERE state = 'pending') AS pending, count(*) FILTER (WHERE state = 'failed') AS failed,
         max(body->>'deliveredAt') AS delivered_at,
         (SELECT body->>'lastError' FROM luot_outbox WHERE centre = $1 AND hook_id = $2 AND state <> 'delivered' AND body->>'lastError' IS NOT NULL ORDER BY seq DESC LIMIT 1) AS last_error
       FROM luot_outbox WHERE centre = $1 AND hook_id = $2`,
      [this.centre, hookId],
    )
    const r = rows[0]!
    return { pending: Number(r.pending), failed: Number(r.failed), ...(r.delivered_at ? { lastDeliveredAt: r.delivered_at } : {}), ...(r.last_error ? { lastError: r.last_error } : {}) }
  }

  async close(): Promise<void> {}
}

function checked<T extends Table>(table: T, centre: string, r: { id: string; body: unknown }): Row<T> {
  const check = checks[table] as ReturnType<typeof recordCheck<Row<T>>>
  if (!check.Check(r.body)) {
    const e = [...check.Errors(r.body)][0]
    throw new CorruptDataError(`${table} (centre ${centre}, id ${r.id})`, undefined, `not a valid record: ${e?.instancePath ?? '/'} ${e?.message ?? ''}`)
  }
  return r.body
}
