import { join } from 'node:path'
import { SerialQueue, StoredBooking } from '@luot/shared'
import { KeyedLog, recordCheck } from '../keyed-log.js'
import { erased, type BookingStore, type BookingTx } from './port.js'

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

  private constructor(private readonly log: KeyedLog<StoredBooking>) {}

  static async open(dataDir: string | null): Promise<BookingFile> {
    const file = dataDir === null ? null : join(dataDir, 'bookings', 'bookings.jsonl')
    return new BookingFile(await KeyedLog.open(file, recordCheck<StoredBooking>(StoredBooking), (b) => b.code, 'a booking'))
  }

  private get bookings(): StoredBooking[] {
    return this.log.values()
  }

  transaction<T>(_locks: readonly string[], fn: (tx: BookingTx) => Promise<T>): Promise<T> {
    return this.serial.run(async () => {
      const puts = new Map<string, StoredBooking>()
      const read = (code: string): StoredBooking | undefined => puts.get(code) ?? this.log.get(code)
      const all = (): StoredBooking[] => [...new Map([...this.bookings.map((b): [string, StoredBooking] => [b.code, b]), ...puts]).values()]
      const tx: BookingTx = {
        byCode: async (code) => read(code),
        byIdempotencyKey: async (key) => all().find((b) => b.idempotencyKey === key),
        inSlot: async (serviceId, date, slotStart) => all().filter((b) => b.serviceId === serviceId && b.date === date && b.slotStart === slotStart),
        byPhone: async (phone, fromDate) => all().filter((b) => b.phone === phone && b.date >= fromDate),
        put: (b) => void puts.set(b.code, b),
      }
      const value = await fn(tx)
      await this.log.put([...puts.values()])
      return value
    })
  }

  async get(code: string): Promise<StoredBooking | undefined> {
    return this.log.get(code)
  }

  async forDay(date: string): Promise<StoredBooking[]> {
    return this.bookings.filter((b) => b.date === date)
  }

  async holding(serviceId: string, from: string, to: string): Promise<StoredBooking[]> {
    return this.bookings.filter((b) => b.serviceId === serviceId && b.date >= from && b.date <= to && b.state !== 'cancelled')
  }

  async between(from: string, to: string): Promise<StoredBooking[]> {
    return this.bookings.filter((b) => b.date >= from && b.date <= to)
  }

  erasePersonalData(before: string, at: string): Promise<number> {
    return this.serial.run(async () => {
      const due = this.bookings.filter((b) => b.date < before && b.erasedAt === undefined).length
      if (due > 0) await this.log.rewrite(this.bookings.map((b) => (b.date < before && b.erasedAt === undefined ? erased(b, at) : b)))
      return due
    })
  }

  async close(): Promise<void> {
    await this.serial.idle()
    await this.log.close()
  }
}
