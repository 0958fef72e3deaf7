import { createAdapter } from '@socket.io/postgres-adapter'
import { PgStore } from './pg-store.js'
import type { PgShared } from './pg-shared.js'
import { pgRevocations, pgSecret, type SharedRevocations } from './pg-sessions.js'

type AdapterFactory = ReturnType<typeof createAdapter>

/** Everything that lives in PostgreSQL when `DATABASE_URL` is set: the store, and the sessions every process shares. */
export interface PgBackend {
  store: PgStore
  secret: Buffer
  revocations: SharedRevocations
  /** socket.io's PostgreSQL adapter on the store's pool, so broadcasts cross processes on the same connections. */
  socketAdapter(onError: (err: Error) => void): AdapterFactory
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

/**
 * One centre of a province process, on the pool, LISTEN connection and socket.io adapter its
 * centres share. The session secret is the centre's own (kept in PostgreSQL): a cookie of one
 * centre is never valid at another.
 */
export async function attachPgBackend(shared: PgShared, centre: string, adapter: AdapterFactory): Promise<PgBackend> {
  const store = PgStore.attach(shared, centre)
  return { store, secret: await pgSecret(store, undefined), revocations: await pgRevocations(store), socketAdapter: () => adapter }
}

/** The parts of socket.io's cluster adapter that name the namespace of a message between processes. */
interface ClusterParts {
  nsp: unknown
  doPublish(message: { nsp: string }): Promise<string>
  doPublishResponse(requesterUid: string, message: { nsp: string }): Promise<void>
  onMessage(message: { nsp: string }, offset?: string): void
}

/**
 * The socket.io adapters of a province process's centres: one PostgreSQL LISTEN connection for all,
 * each centre's namespaces on channels of their own (`socket.io#/c/{slug}/…`), so a broadcast of one
 * centre never reaches another centre's screens. Between processes a message names the centre's
 * namespace (`/c/{slug}/`); to its own sockets the adapter still speaks as the namespace it serves.
 */
export function centreAdapters(shared: PgShared, onError: (err: Error) => void): (centre: string) => AdapterFactory {
  const inner = createAdapter(PgStore.attach(shared, '').adapterPool(), { errorHandler: onError })
  // socket.io calls the adapter with `new`: a function, not an arrow
  return (centre) =>
    function centreAdapter(nsp) {
      const name = `/c/${centre}${nsp.name}`
      // registered with the shared client under the centre's name: its channel, and its messages routed back to it
      const adapter = inner(new Proxy(nsp, { get: (target, key, receiver) => (key === 'name' ? name : Reflect.get(target, key, receiver)) })) as unknown as ClusterParts
      adapter.nsp = nsp
      const publish = adapter.doPublish.bind(adapter)
      const respond = adapter.doPublishResponse.bind(adapter)
      const receive = adapter.onMessage.bind(adapter)
      adapter.doPublish = (message) => publish({ ...message, nsp: name })
      adapter.doPublishResponse = (uid, message) => respond(uid, { ...message, nsp: name })
      adapter.onMessage = (message, offset) => receive({ ...message, nsp: nsp.name }, offset)
      return adapter as unknown as ReturnType<AdapterFactory>
    }
}
