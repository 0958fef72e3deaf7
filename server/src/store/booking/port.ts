import type { StoredBooking } from '@luot/shared'

/** What a booking command reads and writes inside one transaction. */
export interface BookingTx {
  byCode(code: string): Promise<StoredBooking | undefined>
  byIdempotencyKey(key: string): Promise<StoredBooking | undefined>
  /** Bookings of a slot that hold a place or not (the caller filters). */
  inSlot(serviceId: string, date: string, slotStart: string): Promise<StoredBooking[]>
  /** Bookings made with this phone number on `fromDate` or later. */
  byPhone(phone: string, fromDate: string): Promise<StoredBooking[]>
  /** Stores a new or changed booking when the transaction commits. */
  put(booking: StoredBooking): void
}

/**
 * The bookings port: the embedded file (`booking-file.ts`, the default; also in memory for tests
 * with an injected day store) and PostgreSQL (`pg-bookings.ts`). Bookings live apart from the day
 * journals: they are made days ahead and their personal data is erased later, which a day's
 * append-only journal must never be.
 *
 * What every backend guarantees (`test/integration/booking-store.test.ts` checks both):
 * - `transaction` runs `fn` so that no other transaction that locks one of the same `locks` runs
 *   between its reads and its commit: two citizens can never both take the last place of a slot;
 * - its puts are stored all or none, and durably (fsync / COMMIT) before it resolves;
 * - what is read back is what was written, checked against the shared schema.
 */
export interface BookingStore {
  transaction<T>(locks: readonly string[], fn: (tx: BookingTx) => Promise<T>): Promise<T>
  get(code: string): Promise<StoredBooking | undefined>
  /** Bookings of one day, every state. */
  forDay(date: string): Promise<StoredBooking[]>
  /** Bookings of the days in [from, to] that hold a place (booked or checked in), of one service. */
  holding(serviceId: string, from: string, to: string): Promise<StoredBooking[]>
  /** Bookings of the days in [from, to], every state, for reports. */
  between(from: string, to: string): Promise<StoredBooking[]>
  /**
   * Erases the name and phone number of every booking dated before `before` (marking `erasedAt: at`),
   * durably, so the personal data is gone from disk too; returns how many were erased.
   */
  erasePersonalData(before: string, at: string): Promise<number>
  close(): Promise<void>
}

/** A lock name for a slot: every command that may fill it takes this one. */
export const slotLock = (serviceId: string, date: string, slotStart: string): string => `slot:${serviceId}:${date}:${slotStart}`
/** A lock name for a phone number: the per-phone limit is checked under it. */
export const phoneLock = (phone: string): string => `phone:${phone}`
/** A lock name for a booking code (cancel, move, check-in of the same booking never interleave). */
export const codeLock = (code: string): string => `code:${code}`
/** A lock name for an Idempotency-Key (a retried POST never makes two bookings). */
export const keyLock = (key: string): string => `key:${key}`

/** Personal data removed: the name emptied, the phone dropped. */
export function erased(b: StoredBooking, at: string): StoredBooking {
  const { phone: _p, ...rest } = b
  return { ...rest, name: '', erasedAt: at }
}
