import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { TSchema } from 'typebox'
import { Compile } from 'typebox/compile'
import { appendDurably, fsyncDir, writeFileDurable } from './durable-file.js'
import { CorruptDataError } from './port.js'

type Checker<T> = { Check(v: unknown): v is T; Errors(v: unknown): Iterable<{ instancePath: string; message: string }> }

/** Compiles the check of one record kind once (bookings, API keys, webhooks, deliveries…). */
export const recordCheck = <T>(schema: TSchema): Checker<T> => Compile(schema) as unknown as Checker<T>

/** Parses a keyed log: the latest line of each key wins. Only a torn last line (no newline, not JSON) is cut. */
function scan<T>(file: string, buf: Buffer, check: Checker<T>, keyOf: (t: T) => string, what: string): { items: Map<string, T>; size: number; lines: number } {
  const items = new Map<string, T>()
  let start = 0
  let line = 1
  for (; start < buf.length; line++) {
    const nl = buf.indexOf(10, start)
    const text = buf.toString('utf8', start, nl < 0 ? buf.length : nl)
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (err) {
      if (nl < 0 || nl === buf.length - 1) break // a power cut during an append never acknowledged
      throw new CorruptDataError(file, line, `not JSON (${err instanceof Error ? err.message : String(err)})`)
    }
    if (nl < 0) break
    if (!check.Check(value)) {
      const e = [...check.Errors(value)][0]
      throw new CorruptDataError(file, line, `not ${what}: ${e?.instancePath ?? '/'} ${e?.message ?? ''}`)
    }
    items.set(keyOf(value), value)
    start = nl + 1
  }
  return { items, size: start, lines: line - 1 }
}

/**
 * A small durable table in one file: one record a line, its whole state, the latest line of a key
 * winning. `put` appends and fdatasyncs before it resolves, all lines or none (a failed append is
 * cut off again); `rewrite` replaces the file durably (tmp, fsync, rename, directory fsync) with the
 * records kept, so superseded lines and erased data leave the disk. Without a file it keeps the
 * records in memory (tests with an injected day store). Callers serialise their writes.
 */
export class KeyedLog<T> {
  private constructor(
    private readonly file: string | null,
    private fh: FileHandle | null,
    private size: number,
    /** Lines in the file, superseded ones included: `superseded` tells when a rewrite pays. */
    private lines: number,
    private readonly items: Map<string, T>,
    private readonly keyOf: (t: T) => string,
  ) {}

  static async open<T>(file: string | null, check: Checker<T>, keyOf: (t: T) => string, what: string): Promise<KeyedLog<T>> {
    if (file === null) return new KeyedLog<T>(null, null, 0, 0, new Map(), keyOf)
    await mkdir(dirname(file), { recursive: true })
    const buf = await readFile(file).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return Buffer.alloc(0)
      throw err
    })
    const { items, size, lines } = scan(file, buf, check, keyOf, what)
    const fh = await open(file, 'a', 0o600)
    if (size < buf.length) {
      await fh.truncate(size)
      await fh.datasync()
    }
    await fsyncDir(dirname(file))
    return new KeyedLog(file, fh, size, lines, items, keyOf)
  }

  get(key: string): T | undefined {
    return this.items.get(key)
  }

  values(): T[] {
    return [...this.items.values()]
  }

  /** Lines the file holds beyond one a record. */
  get superseded(): number {
    return this.lines - this.items.size
  }

  async put(list: readonly T[]): Promise<void> {
    if (list.length === 0) return
    if (this.fh) {
      this.size = await appendDurably(this.fh, this.size, list.map((t) => JSON.stringify(t)).join('\n') + '\n')
      this.lines += list.length
    }
    for (const t of list) this.items.set(this.keyOf(t), t)
  }

  /** Keeps the records `next` returns (changed or not, in its order) and nothing else, on disk too. */
  async rewrite(next: readonly T[]): Promise<void> {
    if (this.file && this.fh) {
      const text = next.map((t) => JSON.stringify(t) + '\n').join('')
      await writeFileDurable(this.file, text)
      // the old handle points at the replaced file: append to the new one from now on
      await this.fh.close()
      this.fh = await open(this.file, 'a', 0o600)
      this.size = Buffer.byteLength(text)
      this.lines = next.length
    }
    this.items.clear()
    for (const t of next) this.items.set(this.keyOf(t), t)
  }

  async close(): Promise<void> {
    await this.fh?.close()
    this.fh = null
  }
}
