import pg from 'pg'
import { migrate } from './migrations.js'
import { PgListener } from './pg-listener.js'

/** The connections a province process shares among its centres: one pool, one LISTEN connection. */
export interface PgShared {
  pool: pg.Pool
  listener: PgListener
  url: string
}

/** Opens the pool every centre of a province process shares, migrates the schema, and starts the LISTEN connection. */
export async function openPgShared(url: string, poolSize = 20): Promise<PgShared> {
  const pool = await openPool(url, poolSize)
  return { pool, listener: new PgListener(url), url }
}

/** A pool on `url`, the schema migrated (once, whichever process starts first). */
export async function openPool(url: string, size: number): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: size, connectionTimeoutMillis: 5000 })
  // an idle connection cut by a PostgreSQL restart must not crash the process; the next query reconnects
  pool.on('error', () => undefined)
  // nor one checked out and waiting, like the socket.io adapter's LISTEN connection
  pool.on('connect', (client) => void client.on('error', () => undefined))
  try {
    await migrate(pool)
  } catch (err) {
    await pool.end()
    throw err
  }
  return pool
}

/** Closes what `openPgShared` opened. */
export async function closePgShared(shared: PgShared): Promise<void> {
  await shared.listener.stop()
  await shared.pool.end()
}
