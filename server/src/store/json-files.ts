import { Low } from 'lowdb'
import { DurableJsonFile } from './durable-adapter.js'

/**
 * Whole JSON files read and written through lowdb with the durable adapter (tmp + fsync + rename +
 * directory fsync): the configuration, closed days' snapshots and aggregates. Files read with
 * `readAll` are cached, as promises so concurrent reads share one: they belong to closed days and
 * change only through `write`, which updates the cache.
 */
export class JsonFiles {
  private readonly dbs = new Map<string, Low<unknown>>()
  private readonly cached = new Map<string, Promise<unknown>>()

  private db<T>(file: string): Low<T | null> {
    let db = this.dbs.get(file)
    if (!db) this.dbs.set(file, (db = new Low<unknown>(new DurableJsonFile<unknown>(file), null)))
    return db as Low<T | null>
  }

  /** The file's content, or null when it does not exist; a `CorruptFileError` naming it when it does not parse. */
  async read<T>(file: string): Promise<T | null> {
    const db = this.db<T>(file)
    await db.read()
    const data = db.data
    db.data = null // the caller owns the data now: a closed day read for a report is not kept twice
    return data
  }

  async write<T>(file: string, data: T): Promise<void> {
    const db = this.db<T>(file)
    db.data = data
    await db.write()
    db.data = null
    if (this.cached.has(file)) this.cached.set(file, Promise.resolve(data))
  }

  /** The files that exist among `files`, in order. */
  async readAll<T>(files: string[]): Promise<T[]> {
    const out = await Promise.all(
      files.map((file) => {
        let p = this.cached.get(file)
        if (!p) {
          p = this.read<T>(file)
          p.catch(() => this.cached.delete(file)) // a failed read is tried again next time
          this.cached.set(file, p)
        }
        return p as Promise<T | null>
      }),
    )
    return out.filter((x): x is Awaited<T> => x !== null)
  }
}
