import type pg from 'pg'
import { inTransaction } from './pg-transaction.js'

/**
 * Runs `fn` in a transaction that first takes a transaction-scoped advisory lock for each lock
 * name (`scope:lock`, sorted, so two transactions never wait on each other in a circle): two
 * processes touching the same thing run one after the other. COMMIT when `fn` resolves, ROLLBACK
 * when it throws; the connection always goes back to the pool.
 */
export function advisoryTransaction<T>(pool: pg.Pool, scope: string, locks: readonly string[], fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, async (client) => {
    for (const lock of [...new Set(locks)].sort()) await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${scope}:${lock}`])
    return fn(client)
  })
}
