import { open, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Compile } from 'typebox/compile'
import { LateRating } from '@luot/shared'
import { fsyncDir } from './durable-file.js'

const check = Compile(LateRating)

/** A late-records file with a bad line (not a torn last one): the server stops naming file and line. */
export class CorruptLateRecordError extends Error {
  constructor(readonly file: string, readonly line: number) {
    super(`Late ratings file ${file} has a bad record on line ${line}. Lượt will not start and will not overwrite it: restore it from a backup or move it aside.`)
    this.name = 'CorruptLateRecordError'
  }
}

/**
 * Appends one record as one line and fsyncs before resolving; a new file's directory entry is
 * fsync-ed too. A torn last line (never acknowledged) is cut off first, so it cannot glue onto the
 * new record. Appends to one file must not overlap: the queue service runs them one at a time.
 */
export async function appendRecord(file: string, record: LateRating): Promise<void> {
  const fh = await open(file, 'a+', 0o600)
  let created: boolean
  try {
    const text = await fh.readFile('utf8')
    created = text.length === 0
    const end = text.lastIndexOf('\n') + 1
    if (end < text.length) await fh.truncate(Buffer.byteLength(text.slice(0, end)))
    await fh.appendFile(`${JSON.stringify(record)}\n`, 'utf8')
    await fh.datasync()
  } finally {
    await fh.close()
  }
  if (created) await fsyncDir(dirname(file))
}

/**
 * Reads every record, checked with the shared schema. A last line without its newline was never
 * acknowledged (power cut mid-write) and is left out; a bad line anywhere else throws.
 */
export async function readRecords(file: string): Promise<LateRating[]> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
  const lines = text.split('\n')
  lines.pop() // '' when the file ends with a newline, else the torn line of an unacknowledged write
  return lines.map((line, i) => {
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw new CorruptLateRecordError(file, i + 1)
    }
    if (!check.Check(value)) throw new CorruptLateRecordError(file, i + 1)
    return value
  })
}
