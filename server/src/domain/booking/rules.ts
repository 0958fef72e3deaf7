import { LuotError, type BookingSettings, type BookingStatus, type PublicBooking, type ServiceBooking, type StaffBooking, type StoredBooking } from '@luot/shared'
import type { Config } from '../types.js'
import { dayOpenness, localInstant } from './calendar.js'
import { slotsOfDay } from './slots.js'

/** The clock of a booking command: now, and the centre's calendar day of now. */
export interface BookingClock {
  now: Date
  today: string
}

/** The booking settings of a service that takes bookings; refuses when bookings are off or the service is not bookable. */
export function bookableService(config: Config, serviceId: string): { b: BookingSettings; s: ServiceBooking } {
  const b = config.settings.booking
  if (!b?.enabled) throw new LuotError('BOOKING_OFF')
  const service = config.services.find((x) => x.id === serviceId)
  if (!service) throw new LuotError('SERVICE_NOT_FOUND')
  const s = b.services.find((x) => x.serviceId === serviceId)
  if (!service.active || !s?.bookable || s.placesPerSlot === 0) throw new LuotError('DAY_NOT_BOOKABLE', 'the service takes no bookings')
  return { b, s }
}

/** The instant a booking's slot starts. */
export const slotInstant = (config: Config, booking: Pick<StoredBooking, 'date' | 'slotStart'>): Date => localInstant(booking.date, booking.slotStart, config.centre.timeZone)

/** The slot `slotStart` of `date` when it can be booked now (open day, an offered slot, not started), else an error. */
export function offeredSlot(config: Config, serviceId: string, date: string, slotStart: string, clock: BookingClock): { start: string; end: string; capacity: number } {
  const { b, s } = bookableService(config, serviceId)
  const open = dayOpenness(config, b, date, clock.today)
  if (!open.open) throw new LuotError('DAY_NOT_BOOKABLE', open.reason)
  const slot = slotsOfDay(config, b, s, date).find((x) => x.start === slotStart)
  if (!slot) throw new LuotError('SLOT_UNAVAILABLE')
  if (slotInstant(config, { date, slotStart }) <= clock.now) throw new LuotError('SLOT_UNAVAILABLE', 'the slot has started')
  return { ...slot, capacity: s.placesPerSlot }
}

/** True once a booking not checked in is past its slot's start plus the grace period: a no-show. */
export function isLapsed(config: Config, booking: StoredBooking, now: Date): boolean {
  const grace = config.settings.booking?.graceMinutes ?? 0
  return booking.state === 'booked' && now.getTime() > slotInstant(config, booking).getTime() + grace * 60_000
}

export function statusOf(config: Config, booking: StoredBooking, now: Date): BookingStatus {
  return isLapsed(config, booking, now) ? 'no-show' : booking.state
}

/** A booking that still holds its place and can be cancelled or moved; refuses otherwise with why. */
export function assertChangeable(config: Config, booking: StoredBooking, now: Date): void {
  if (booking.state === 'cancelled') throw new LuotError('BOOKING_CANCELLED')
  if (booking.state === 'checked-in') throw new LuotError('BOOKING_CHECKED_IN')
  if (isLapsed(config, booking, now)) throw new LuotError('BOOKING_LATE')
}

/**
 * Whether the booking can be checked in now: 'again' when it already was (the same ticket is
 * returned), 'now' when it may be. Refused: cancelled, another day, later than the grace period
 * (BOOKING_LATE: the kiosk offers a walk-in ticket). An early arrival is checked in and waits for its slot.
 */
export function checkInCheck(config: Config, booking: StoredBooking, clock: BookingClock): 'again' | 'now' {
  if (booking.state === 'checked-in') return 'again'
  if (booking.state === 'cancelled') throw new LuotError('BOOKING_CANCELLED')
  if (booking.date < clock.today) throw new LuotError('BOOKING_LATE')
  if (booking.date > clock.today) throw new LuotError('BOOKING_NOT_TODAY', `booked for ${booking.date}`)
  if (isLapsed(config, booking, clock.now)) throw new LuotError('BOOKING_LATE')
  return 'now'
}

/** Counts towards a slot's places: booked or checked in (a no-show's place is in the past). */
export const holdsPlace = (booking: StoredBooking): boolean => booking.state !== 'cancelled'

/** Counts towards the per-phone limit: booked, for today or later, not lapsed. */
export const isActive = (config: Config, booking: StoredBooking, clock: BookingClock): boolean => booking.state === 'booked' && booking.date >= clock.today && !isLapsed(config, booking, clock.now)

/** What the holder of the code sees: no name, no phone. */
export function publicBooking(config: Config, booking: StoredBooking, now: Date): PublicBooking {
  const service = config.services.find((s) => s.id === booking.serviceId)
  const v: PublicBooking = {
    code: booking.code,
    serviceId: booking.serviceId,
    serviceName: service?.name ?? { vi: booking.serviceId, en: booking.serviceId },
    date: booking.date,
    slotStart: booking.slotStart,
    slotEnd: booking.slotEnd,
    status: statusOf(config, booking, now),
    lang: booking.lang,
  }
  if (booking.ticketNumber !== undefined) v.ticketNumber = booking.ticketNumber
  if (booking.trackingCode !== undefined) v.trackingCode = booking.trackingCode
  return v
}

/** What staff see: the public view plus the name, phone and times. */
export function staffBooking(config: Config, booking: StoredBooking, now: Date): StaffBooking {
  const v: StaffBooking = { ...publicBooking(config, booking, now), name: booking.name, createdAt: booking.createdAt }
  if (booking.phone !== undefined) v.phone = booking.phone
  if (booking.checkedInAt !== undefined) v.checkedInAt = booking.checkedInAt
  return v
}
