import type { Adapter } from 'lowdb'
import { readJsonFile, writeFileDurable } from './durable-file.js'

/**
 * lowdb adapter that survives power cuts (plain lowdb renames without fsync). Writes to one file
 * are chained, never interleaved; a write resolves only once the data is on disk.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private chain: Promise<unknown> = Promise.resolve()

  constructor(readonly file: string) {}

  read(): Promise<T | null> {
    return readJsonFile<T>(this.file)
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data)
    const next = this.chain.then(() => writeFileDurable(this.file, text))
    this.chain = next.catch(() => undefined)
    return next
  }
}
