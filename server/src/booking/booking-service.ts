import { dayKey, LuotError, type BookingDays, type BookingReport, type BookingReportQuery, type BookingSlots, type BookingsChanged, type MoveBooking, type NewBooking, type PublicBooking, type StaffBooking, type StoredBooking } from '@luot/shared'
import { addDays, dayOpenness } from '../domain/booking/calendar.js'
import { assertChangeable, bookableService, holdsPlace, isActive, offeredSlot, publicBooking, slotInstant, staffBooking, type BookingClock } from '../domain/booking/rules.js'
import { slotsOfDay } from '../domain/booking/slots.js'
import { buildBookingReport } from '../domain/booking/report.js'
import type { Config } from '../domain/types.js'
import type { QueueService } from '../queue-service.js'
import { codeLock, keyLock, phoneLock, slotLock, type BookingStore, type BookingTx } from '../store/booking/port.js'
import { newBookingCode } from './code.js'

/** A phone number as stored and compared: digits only, +84 written as the national 0. */
export const normalisePhone = (phone: string): string => phone.replace(/[^0-9+]/g, '').replace(/^\+84/, '0').replace(/^\+/, '')

/**
 * Bookings: the use cases behind `/api/booking*` and `/api/bookings*`. Reads the configuration and
 * the clock of the queue service (one clock, one configuration), keeps bookings in its own store,
 * and issues a booking's ticket through the kiosk's door (`check-in.ts`). Tells listeners (the
 * staff rooms) after every change.
 */
export class BookingService {
  private readonly listeners = new Set<(change: BookingsChanged) => void>()

  constructor(
    readonly store: BookingStore,
    readonly queue: QueueService,
    private readonly newCode: () => string = newBookingCode,
  ) {}

  get config(): Config {
    return this.queue.config
  }

  clock(): BookingClock {
    const now = this.queue.clock()
    return { now, today: dayKey(now, this.config.centre.timeZone) }
  }

  subscribe(fn: (change: BookingsChanged) => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  /** Tells the staff rooms (the panel of `date`, by default the booking's own day); returns the public view for the caller. */
  changed(booking: StoredBooking, date = booking.date): PublicBooking {
    const now = this.queue.clock()
    const view = staffBooking(this.config, booking, now)
    for (const fn of this.listeners) fn({ date, booking: view })
    return publicBooking(this.config, booking, now)
  }

  /** Places held per "date slotStart" of a service in [from, to]. */
  private async held(serviceId: string, from: string, to: string): Promise<Map<string, number>> {
    const out = new Map<string, number>()
    for (const b of await this.store.holding(serviceId, from, to)) out.set(`${b.date} ${b.slotStart}`, (out.get(`${b.date} ${b.slotStart}`) ?? 0) + 1)
    return out
  }

  /** The slots of `date` still to come, each with its capacity and places left. */
  private slotViews(serviceId: string, date: string, held: Map<string, number>, clock: BookingClock): BookingSlots['slots'] {
    const { b, s } = bookableService(this.config, serviceId)
    return slotsOfDay(this.config, b, s, date)
      .filter((slot) => slotInstant(this.config, { date, slotStart: slot.start }) > clock.now)
      .map((slot) => ({ ...slot, capacity: s.placesPerSlot, left: Math.max(0, s.placesPerSlot - (held.get(`${date} ${slot.start}`) ?? 0)) }))
  }

  /** The days from today to the horizon, each open (with places left) or why not. */
  async days(serviceId: string): Promise<BookingDays> {
    const clock = this.clock()
    const { b } = bookableService(this.config, serviceId)
    const last = addDays(clock.today, b.horizonDays)
    const held = await this.held(serviceId, clock.today, last)
    const days: BookingDays['days'] = []
    for (let date = clock.today; date <= last; date = addDays(date, 1)) {
      const open = dayOpenness(this.config, b, date, clock.today)
      if (!open.open) {
        days.push({ date, open: false, left: 0, reason: open.reason, ...(open.holiday ? { holiday: open.holiday } : {}) })
        continue
      }
      const left = this.slotViews(serviceId, date, held, clock).reduce((n, s) => n + s.left, 0)
      days.push({ date, open: left > 0, left })
    }
    return { serviceId, days }
  }

  async slots(serviceId: string, date: string): Promise<BookingSlots> {
    const clock = this.clock()
    const { b } = bookableService(this.config, serviceId)
    const open = dayOpenness(this.config, b, date, clock.today)
    if (!open.open) return { serviceId, date, open: false, reason: open.reason, slots: [] }
    return { serviceId, date, open: true, slots: this.slotViews(serviceId, date, await this.held(serviceId, date, date), clock) }
  }

  /** Refuses when the slot has no place left (`self`: a booking moving within it does not count against itself). */
  private async assertPlace(tx: BookingTx, serviceId: string, date: string, slotStart: string, capacity: number, self?: string): Promise<void> {
    const taken = (await tx.inSlot(serviceId, date, slotStart)).filter((x) => holdsPlace(x) && x.code !== self).length
    if (taken >= capacity) throw new LuotError('SLOT_FULL')
  }

  /**
   * Books a place. The slot's count, the phone's active bookings and the write happen in one
   * transaction under the slot's and the phone's locks: two citizens never both get the last
   * place, and a number never exceeds its limit. A repeated Idempotency-Key returns the first booking.
   */
  async book(input: NewBooking, idempotencyKey?: string): Promise<PublicBooking> {
    const clock = this.clock()
    const phone = input.phone === undefined ? undefined : normalisePhone(input.phone)
    const name = input.name.trim()
    if (!name) throw new LuotError('BAD_REQUEST', 'name is empty')
    const locks = [slotLock(input.serviceId, input.date, input.slotStart), ...(phone ? [phoneLock(phone)] : []), ...(idempotencyKey ? [keyLock(idempotencyKey)] : [])]
    const { booking, fresh } = await this.store.transaction(locks, async (tx) => {
      const earlier = idempotencyKey === undefined ? undefined : await tx.byIdempotencyKey(idempotencyKey)
      if (earlier) {
        const same = earlier.serviceId === input.serviceId && earlier.name === name && earlier.phone === phone && earlier.lang === input.lang
        if (!same) throw new LuotError('IDEMPOTENCY_MISMATCH')
        return { booking: earlier, fresh: false }
      }
      // after the key: a retry answers with its booking even once the slot has started
      const slot = offeredSlot(this.config, input.serviceId, input.date, input.slotStart, clock)
      await this.assertPlace(tx, input.serviceId, input.date, input.slotStart, slot.capacity)
      if (phone) {
        const active = (await tx.byPhone(phone, clock.today)).filter((x) => isActive(this.config, x, clock)).length
        if (active >= (this.config.settings.booking?.maxActivePerPhone ?? 1)) throw new LuotError('TOO_MANY_BOOKINGS')
      }
      const at = clock.now.toISOString()
      // 75 random bits never repeat in practice; a repeat must still never overwrite someone's booking
      let code = this.newCode()
      while (await tx.byCode(code)) code = this.newCode()
      const made: StoredBooking = { code, serviceId: input.serviceId, date: input.date, slotStart: slot.start, slotEnd: slot.end, state: 'booked', lang: input.lang, name, createdAt: at, updatedAt: at }
      if (phone) made.phone = phone
      if (idempotencyKey) made.idempotencyKey = idempotencyKey
      tx.put(made)
      return { booking: made, fresh: true }
    })
    return fresh ? this.changed(booking) : publicBooking(this.config, booking, clock.now)
  }

  private async find(tx: BookingTx, code: string): Promise<StoredBooking> {
    const b = await tx.byCode(code)
    if (!b) throw new LuotError('BOOKING_NOT_FOUND')
    return b
  }

  async get(code: string): Promise<PublicBooking> {
    const b = await this.store.get(code)
    if (!b) throw new LuotError('BOOKING_NOT_FOUND')
    return publicBooking(this.config, b, this.queue.clock())
  }

  /** Cancels a booking that still holds its place; cancelling again returns it unchanged. */
  async cancel(code: string): Promise<PublicBooking> {
    const clock = this.clock()
    const { booking, fresh } = await this.store.transaction([codeLock(code)], async (tx) => {
      const b = await this.find(tx, code)
      if (b.state === 'cancelled') return { booking: b, fresh: false }
      assertChangeable(this.config, b, clock.now)
      const at = clock.now.toISOString()
      const cancelled: StoredBooking = { ...b, state: 'cancelled', cancelledAt: at, updatedAt: at }
      tx.put(cancelled)
      return { booking: cancelled, fresh: true }
    })
    return fresh ? this.changed(booking) : publicBooking(this.config, booking, clock.now)
  }

  /** Moves a booking to another slot (of any open day) in one step: it never holds two places, nor loses its own when the new one is full. */
  async move(code: string, to: MoveBooking): Promise<PublicBooking> {
    const clock = this.clock()
    const current = await this.store.get(code)
    if (!current) throw new LuotError('BOOKING_NOT_FOUND')
    const slot = offeredSlot(this.config, current.serviceId, to.date, to.slotStart, clock)
    const moved = await this.store.transaction([codeLock(code), slotLock(current.serviceId, to.date, to.slotStart)], async (tx) => {
      const b = await this.find(tx, code)
      assertChangeable(this.config, b, clock.now)
      await this.assertPlace(tx, b.serviceId, to.date, to.slotStart, slot.capacity, b.code)
      const next: StoredBooking = { ...b, date: to.date, slotStart: slot.start, slotEnd: slot.end, updatedAt: clock.now.toISOString() }
      tx.put(next)
      return next
    })
    // the panel of the day it left drops it
    if (moved.date !== current.date) this.changed(moved, current.date)
    return this.changed(moved)
  }

  /** Staff: the bookings of a day, by slot then time booked. */
  async forDay(date: string): Promise<StaffBooking[]> {
    const now = this.queue.clock()
    const list = await this.store.forDay(date)
    return list.sort((a, b) => a.slotStart.localeCompare(b.slotStart) || a.createdAt.localeCompare(b.createdAt)).map((b) => staffBooking(this.config, b, now))
  }

  /** Booking figures of [from, to] for the manager's reports and exports (no names or phones). */
  async report(q: BookingReportQuery): Promise<BookingReport> {
    const [aggregates, list] = await Promise.all([this.queue.reports.aggregates(q.from, q.to), this.store.between(q.from, q.to)])
    return buildBookingReport(this.config, aggregates, list, { from: q.from, to: q.to, withinMinutes: q.withinMinutes ?? 10 }, this.queue.clock())
  }

  /** Erases names and phone numbers of bookings older than the retention period; returns how many. */
  purge(): Promise<number> {
    const days = this.config.settings.booking?.retentionDays ?? 30
    const clock = this.clock()
    return this.store.erasePersonalData(addDays(clock.today, -days), clock.now.toISOString())
  }
}
