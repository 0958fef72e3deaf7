import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { Compile } from 'typebox/compile'
import { SerialQueue, StoredBooking } from '@luot/shared'
import { appendDurably, fsyncDir, writeFileDurable } from '../durable-file.js'
import { CorruptDataError } from '../port.js'
import { erased, type BookingStore, type BookingTx } from './port.js'

const check = Compile(StoredBooking)

/** Parses a bookings file: the latest line of each code wins. Only a torn last line (no newline, not JSON) is cut. */
function scan(file: string, buf: Buffer): { bookings: Map<string, StoredBooking>; size: number } {
  const bookings = new Map<string, StoredBooking>()
  let start = 0
  for (let line = 1; start < buf.length; line++) {
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
    if (!check.Check(value)) throw new CorruptDataError(file, line, `not a booking: ${[...check.Errors(value)][0]?.instancePath ?? '/'} ${[...check.Errors(value)][0]?.message ?? ''}`)
    bookings.set(value.code, value)
    start = nl + 1
  }
  return { bookings, size: start }
}

/**
 * The embedded bookings store: `bookings/bookings.jsonl` in the data directory, one booking a line
 * (its whole state; the latest line of a code wins), appended and fdatasync-ed before a command is
 * acknowledged. Transactions run one at a time (SerialQueue), so a slot's count and the write that
 * fills it never interleave with another's. Erasing personal data rewrites the file durably (tmp,
 * fsync, rename, directory fsync): the names are then gone from the disk, not only hidden. Without
 * a directory it keeps bookings in memory (tests with an injected day store).
 */
export class BookingFile implements BookingStore {
  private readonly serial = new SerialQueue()

  private constructor(
    private readonly file: string | null,
    private fh: FileHandle | null,
    private size: number,
    private readonly bookings: Map<string, StoredBooking>,
  ) {}

  static async open(dataDir: string | null): Promise<BookingFile> {
    if (dataDir === null) return new BookingFile(null, null, 0, new Map())
    const dir = join(dataDir, 'bookings')
    await mkdir(dir, { recursive: true })
    const file = join(dir, 'bookings.jsonl')
    const buf = await readFile(file).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return Buffer.alloc(0)
      throw err
    })
    const { bookings, size } = scan(file, buf)
    const fh = await open(file, 'a', 0o600)
    if (size < buf.length) {
      await fh.truncate(size)
      await fh.datasync()
    }
    await fsyncDir(dir)
    return new BookingFile(file, fh, size, bookings)
  }

  transaction<T>(_locks: readonly string[], fn: (tx: BookingTx) => Promise<T>): Promise<T> {
    return this.serial.run(async () => {
      const puts = new Map<string, StoredBooking>()
      const read = (code: string): StoredBooking | undefined => puts.get(code) ?? this.bookings.get(code)
      const all = (): StoredBooking[] => [...new Map([...this.bookings, ...puts]).values()]
      const tx: BookingTx = {
        byCode: async (code) => read(code),
        byIdempotencyKey: async (key) => all().find((b) => b.idempotencyKey === key),
        inSlot: async (serviceId, date, slotStart) => all().filter((b) => b.serviceId === serviceId && b.date === date && b.slotStart === slotStart),
        byPhone: async (phone, fromDate) => all().filter((b) => b.phone === phone && b.date >= fromDate),
        put: (b) => void puts.set(b.code, b),
      }
      const value = await fn(tx)
      if (puts.size > 0) await this.append([...puts.values()])
      return value
    })
  }

  private async append(list: StoredBooking[]): Promise<void> {
    if (this.fh) {
      this.size = await appendDurably(this.fh, this.size, list.map((b) => JSON.stringify(b)).join('\n') + '\n')
    }
    for (const b of list) this.bookings.set(b.code, b)
  }

  async get(code: string): Promise<StoredBooking | undefined> {
    return this.bookings.get(code)
  }

  async forDay(date: string): Promise<StoredBooking[]> {
    return [...this.bookings.values()].filter((b) => b.date === date)
  }

  async holding(serviceId: string, from: string, to: string): Promise<StoredBooking[]> {
    return [...this.bookings.values()].filter((b) => b.serviceId === serviceId && b.date >= from && b.date <= to && b.state !== 'cancelled')
  }

  async between(from: string, to: string): Promise<StoredBooking[]> {
    return [...this.bookings.values()].filter((b) => b.date >= from && b.date <= to)
  }

  erasePersonalData(before: string, at: string): Promise<number> {
    return this.serial.run(async () => {
      const due = [...this.bookings.values()].filter((b) => b.date < before && b.erasedAt === undefined)
      if (due.length === 0) return 0
      const next = new Map(this.bookings)
      for (const b of due) next.set(b.code, erased(b, at))
      if (this.file && this.fh) {
        const text = [...next.values()].map((b) => JSON.stringify(b) + '\n').join('')
        await writeFileDurable(this.file, text)
        // the old handle points at the replaced file: append to the new one from now on
        await this.fh.close()
        this.fh = await open(this.file, 'a', 0o600)
        this.size = Buffer.byteLength(text)
      }
      for (const [code, b] of next) this.bookings.set(code, b)
      return due.length
    })
  }

  async close(): Promise<void> {
    await this.serial.idle()
    await this.fh?.close()
    this.fh = null
  }
}
