import { open, readFile, type FileHandle } from 'node:fs/promises'
import type { DayRecord } from '@luot/shared'
import { isClosingRecord } from './closing.js'
import { fsyncDir } from './durable-file.js'
import { CorruptDataError } from './port.js'
import { parseRecordLine } from './record-check.js'

/** What a scan of a journal file found: its records and the bytes they take. */
export interface JournalScan {
  records: DayRecord[]
  /** Records in the file up to `size`: those before the scan's start (see `JournalStart`) and `records`. */
  count: number
  /** Bytes of the complete, valid lines; a torn last line starts here. */
  size: number
  /** Bytes after `size` that are a torn last line (0 when the file ends cleanly). */
  torn: number
}

/** Where a scan starts: after `seq` records taking `bytes` (a checkpoint's), or at the beginning. */
export interface JournalStart {
  seq: number
  bytes: number
  /** The file's content, when the caller has just read it (a checkpoint's check): not read again. */
  content?: Buffer
}

/**
 * Reads `days/<date>.jsonl` up to `limit` bytes, from `start` (the records before it are not returned). Every line must be a record that passes its schema;
 * only the last line may be torn (a power cut during an append that was therefore never
 * acknowledged: no final newline, or not JSON), and it is reported, not returned. Anything else
 * throws a `CorruptDataError` with the file, the line number and the reason.
 */
export async function scanJournal(file: string, limit = Infinity, from: JournalStart = { seq: 0, bytes: 0 }): Promise<JournalScan | null> {
  let buf: Buffer
  try {
    buf = from.content ?? (await readFile(file))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
  if (buf.length > limit) buf = buf.subarray(0, limit)
  const records: DayRecord[] = []
  const done = (size: number, torn: number): JournalScan => ({ records, count: from.seq + records.length, size, torn })
  let start = from.bytes
  for (let line = from.seq + 1; start < buf.length; line++) {
    const nl = buf.indexOf(10, start)
    const last = nl < 0 || nl === buf.length - 1
    const parsed = parseRecordLine(buf.toString('utf8', start, nl < 0 ? buf.length : nl), `${file}, line ${line}`)
    if (nl < 0 || ('reason' in parsed && last && parsed.reason.startsWith('not JSON'))) return done(start, buf.length - start)
    if ('reason' in parsed) throw new CorruptDataError(file, line, parsed.reason)
    if (records.length && isClosingRecord(records.at(-1)!)) throw new CorruptDataError(file, line, 'a record after the day was closed')
    records.push(parsed.record)
    start = nl + 1
  }
  return done(start, 0)
}

/**
 * The open end of one day's journal: appends go to the end, each append is one write and one
 * fdatasync (the group commit), and resolves only after it. A failed append is cut off again, so
 * nothing unacknowledged stays on disk; if even that fails, the journal refuses further appends
 * until the server restarts (and the restart cuts the torn tail).
 */
export class JournalFile {
  private broken: unknown = null

  private constructor(
    private readonly fh: FileHandle,
    private readonly dir: string,
    /** Records and bytes durably in the file. */
    public count: number,
    public size: number,
    public closed: boolean,
    private created: boolean,
  ) {}

  /** Opens for appending, cutting a torn last line first (logged by the caller from `scan.torn`). */
  static async open(file: string, dir: string, scan: JournalScan | null): Promise<JournalFile> {
    const fh = await open(file, 'a', 0o600)
    try {
      if (scan?.torn) {
        await fh.truncate(scan.size)
        await fh.datasync()
      }
    } catch (err) {
      await fh.close()
      throw err
    }
    const last = scan?.records.at(-1)
    return new JournalFile(fh, dir, scan?.count ?? 0, scan?.size ?? 0, last !== undefined && isClosingRecord(last), scan === null)
  }

  async append(records: DayRecord[]): Promise<void> {
    if (this.broken) throw this.broken
    const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n'
    try {
      await this.fh.appendFile(text, 'utf8')
      await this.fh.datasync()
      if (this.created) {
        await fsyncDir(this.dir) // the new file's name is durable too
        this.created = false
      }
    } catch (err) {
      try {
        await this.fh.truncate(this.size)
        await this.fh.datasync()
      } catch (cut) {
        this.broken = cut
      }
      throw err
    }
    this.count += records.length
    this.size += Buffer.byteLength(text)
    if (isClosingRecord(records.at(-1)!)) this.closed = true
  }

  close(): Promise<void> {
    return this.fh.close()
  }
}
