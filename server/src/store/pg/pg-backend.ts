import { createAdapter } from '@socket.io/postgres-adapter'
import { PgStore } from './pg-store.js'
import { pgRevocations, pgSecret, type SharedRevocations } from './pg-sessions.js'

/** Everything that lives in PostgreSQL when `DATABASE_URL` is set: the store, and the sessions every process shares. */
export interface PgBackend {
  store: PgStore
  secret: Buffer
  revocations: SharedRevocations
  /** socket.io's PostgreSQL adapter on the store's pool, so broadcasts cross processes on the same connections. */
  socketAdapter(onError: (err: Error) => void): ReturnType<typeof createAdapter>
}

/**
 * Opens the PostgreSQL backend for one centre: connects, migrates the schema, and loads the
 * session secret and logouts the centre's processes share. Imported only when `DATABASE_URL` is set:
 * an embedded centre never loads `pg` or the adapter.
 */
export async function openPgBackend(url: string, opts: { centre?: string | undefined; sessionSecret?: string | undefined }): Promise<PgBackend> {
  const store = await PgStore.open(url, opts.centre ? { centre: opts.centre } : {})
  try {
    return { store, secret: await pgSecret(store, opts.sessionSecret), revocations: await pgRevocations(store), socketAdapter: (onError) => createAdapter(store.adapterPool(), { errorHandler: onError }) }
  } catch (err) {
    await store.close()
    throw err
  }
}
