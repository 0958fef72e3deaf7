import { Low, type Adapter } from 'lowdb'
import type { Static, TSchema } from 'typebox'
import { DurableJsonFile } from './durable-adapter.js'

/**
 * Whole JSON files read and written through lowdb with the durable adapter (tmp + fsync + rename +
 * directory fsync): the configuration, closed days' snapshots and aggregates. Files read with
 * `readAll` are cached, as promises so concurrent reads share one: they belong to closed days and
 * change only through `write`, which updates the cache. Every read is checked against the file's
 * schema (shared/src/schemas/): a file that does not fit throws a CorruptFileError naming it.
 */
export class JsonFiles {
  private readonly dbs = new Map<string, Low<unknown>>()
  private readonly cached = new Map<string, Promise<unknown>>()

  private db<S extends TSchema>(file: string, schema: S): Low<Static<S> | null> {
    let db = this.dbs.get(file)
    if (!db) this.dbs.set(file, (db = new Low<unknown>(new DurableJsonFile(file, schema) as Adapter<unknown>, null)))
    return db as Low<Static<S> | null>
  }

  /** The file's content, checked, or null when it does not exist; a `CorruptFileError` naming it when it is unreadable or does not fit. */
  async read<S extends TSchema>(file: string, schema: S): Promise<Static<S> | null> {
    const db = this.db(file, schema)
    await db.read()
    const data = db.data
    db.data = null // the caller owns the data now: a closed day read for a report is not kept twice
    return data
  }

  async write<S extends TSchema>(file: string, schema: S, data: Static<S>): Promise<void> {
    const db = this.db(file, schema)
    db.data = data
    await db.write()
    db.data = null
    if (this.cached.has(file)) this.cached.set(file, Promise.resolve(data))
  }

  /** The files that exist among `files`, in order. */
  async readAll<S extends TSchema>(files: string[], schema: S): Promise<Static<S>[]> {
    const out = await Promise.all(
      files.map((file) => {
        let p = this.cached.get(file)
        if (!p) {
          p = this.read(file, schema)
          p.catch(() => this.cached.delete(file)) // a failed read is tried again next time
          this.cached.set(file, p)
        }
        return p as Promise<Static<S> | null>
      }),
    )
    return out.filter((x): x is Static<S> => x !== null)
  }
}
