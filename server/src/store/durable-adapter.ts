import type { Adapter } from 'lowdb'
import type { Static, TSchema } from 'typebox'
import { SerialQueue } from '@luot/shared'
import { readCheckedFile } from './checked-file.js'
import { writeFileDurable } from './durable-file.js'

/**
 * lowdb adapter that survives power cuts (plain lowdb renames without fsync) and checks what it
 * reads against the file's schema. Writes to one file are chained, never interleaved; a write
 * resolves only once the data is on disk.
 */
export class DurableJsonFile<S extends TSchema> implements Adapter<Static<S>> {
  private readonly writes = new SerialQueue()

  constructor(
    readonly file: string,
    readonly schema: S,
  ) {}

  read(): Promise<Static<S> | null> {
    return readCheckedFile(this.file, this.schema)
  }

  write(data: Static<S>): Promise<void> {
    const text = JSON.stringify(data)
    return this.writes.run(() => writeFileDurable(this.file, text))
  }
}
