import type { Adapter } from 'lowdb'
import { SerialQueue } from '@luot/shared'
import { readJsonFile, writeFileDurable } from './durable-file.js'

/**
 * lowdb adapter that survives power cuts (plain lowdb renames without fsync). Writes to one file
 * are chained, never interleaved; a write resolves only once the data is on disk.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private readonly writes = new SerialQueue()

  constructor(readonly file: string) {}

  read(): Promise<T | null> {
    return readJsonFile<T>(this.file)
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data)
    return this.writes.run(() => writeFileDurable(this.file, text))
  }
}
