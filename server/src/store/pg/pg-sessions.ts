import { randomBytes } from 'node:crypto'
import type { RevocationStore } from '../../auth/revocation-store.js'
import { checkSecret } from '../../setup/secret.js'
import { parseNotice, type PgStore } from './pg-store.js'
import { inTransaction } from './pg-transaction.js'

const REVOKED_CHANNEL = 'luot_revoked'

export interface SharedRevocations extends RevocationStore {
  /** Calls `fn` for each logout made through another process, so this one refuses that cookie too. */
  watch(fn: (nonce: string, expiresAt: number) => void): () => void
}

/**
 * Logged-out sessions, kept in PostgreSQL for every process of the centre: a logout through one
 * process is refused by all (each learns of it by NOTIFY), and survives restarts.
 */
export async function pgRevocations(store: PgStore): Promise<SharedRevocations> {
  const { rows } = await store.pool.query<{ nonce: string; exp: string }>('SELECT nonce, (extract(epoch FROM expires_at) * 1000)::bigint AS exp FROM luot_revoked_sessions WHERE centre = $1 AND expires_at > now()', [store.centre])
  const initial = Object.fromEntries(rows.map((r) => [r.nonce, Number(r.exp)]))
  const stored = new Set(Object.keys(initial))
  return {
    load: async () => initial,
    persist: async (revoked) => {
      const added = Object.entries(revoked).filter(([n]) => !stored.has(n))
      await inTransaction(store.pool, async (client) => {
        await client.query(
          'INSERT INTO luot_revoked_sessions (centre, nonce, expires_at) SELECT $1, n, to_timestamp(e / 1000.0) FROM unnest($2::text[], $3::float8[]) AS r(n, e) ON CONFLICT DO NOTHING',
          [store.centre, added.map(([n]) => n), added.map(([, e]) => e)],
        )
        await client.query('DELETE FROM luot_revoked_sessions WHERE centre = $1 AND expires_at <= now()', [store.centre])
        await client.query('SELECT pg_notify($1, $2)', [REVOKED_CHANNEL, JSON.stringify({ c: store.centre, r: added })])
      })
      for (const [n] of added) stored.add(n)
    },
    watch: (fn) =>
      store.listener().on(REVOKED_CHANNEL, (payload) => {
        const n = parseNotice(payload)
        if (n?.c !== store.centre || !Array.isArray(n.r)) return
        for (const entry of n.r as unknown[]) {
          if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number') fn(entry[0], entry[1])
        }
      }),
  }
}

/**
 * The session-signing secret every process of the centre shares: from the environment, else made
 * once by whichever process starts first and kept in PostgreSQL.
 */
export async function pgSecret(store: PgStore, fromEnv: string | undefined): Promise<Buffer> {
  if (fromEnv) return checkSecret(fromEnv)
  await store.pool.query("INSERT INTO luot_secrets (centre, name, value) VALUES ($1, 'session', $2) ON CONFLICT DO NOTHING", [store.centre, randomBytes(32).toString('base64url')])
  const { rows } = await store.pool.query<{ value: string }>("SELECT value FROM luot_secrets WHERE centre = $1 AND name = 'session'", [store.centre])
  return Buffer.from(rows[0]!.value, 'base64url')
}
