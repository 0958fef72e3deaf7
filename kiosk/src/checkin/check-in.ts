import type { BookingDays, CheckIn, CheckedIn, PublicBooking, TrackedTicket } from '@luot/shared'
import { isNoAnswer } from '@luot/shared/client/send'
import { call } from '../citizen/http.js'
import type { KioskTicket } from '../take-ticket.js'

export type CheckInOutcome = { ok: true; ticket: KioskTicket } | { ok: false; code: string; serviceId?: string }

/**
 * Checks a booking in at this kiosk (the server prints the ticket on this kiosk's printer). On
 * BOOKING_LATE it also looks the booking up, so the citizen can take a walk-in ticket for the same
 * service at one touch.
 */
export async function checkInAtKiosk(bookingCode: string, kioskId: string | undefined): Promise<CheckInOutcome> {
  const body: CheckIn = kioskId ? { kioskId } : {}
  // The answer: the issued ticket (with its booking mark and how printing went) and the booking.
  const reply = await call<CheckedIn & { ticket: KioskTicket }>('POST', `/api/bookings/${bookingCode}/check-in`, { body })
  if (isNoAnswer(reply)) return { ok: false, code: 'NO_ANSWER' }
  if (reply.ok) return { ok: true, ticket: reply.data.ticket }
  const code: string = reply.error.code
  if (code !== 'BOOKING_LATE') return { ok: false, code }
  const booking = await call<PublicBooking>('GET', `/api/bookings/${bookingCode}`)
  return { ok: false, code: 'BOOKING_LATE', ...(!isNoAnswer(booking) && booking.ok ? { serviceId: booking.data.serviceId } : {}) }
}

/**
 * Whether the centre takes bookings: asked through any service's days, which the server refuses with
 * BOOKING_OFF when it takes none (DAY_NOT_BOOKABLE only says this service is not bookable; NOT_FOUND is
 * a server without bookings). No answer: the entry stays hidden until the next ask.
 */
export async function bookingOffered(serviceId: string): Promise<boolean> {
  const reply = await call<BookingDays>('GET', `/api/booking/days?serviceId=${encodeURIComponent(serviceId)}`)
  if (isNoAnswer(reply)) return false
  const code: string = reply.ok ? '' : reply.error.code
  return code !== 'BOOKING_OFF' && code !== 'NOT_FOUND'
}

/** Checks a remote ticket (taken at /join/) in at this kiosk, from its tracking link: its number, or why not. */
export async function checkInRemote(trackingCode: string, kioskId: string | undefined): Promise<{ ok: true; number: string } | { ok: false; code: string }> {
  const body: CheckIn = kioskId ? { kioskId } : {}
  const reply = await call<TrackedTicket>('POST', `/api/join/${encodeURIComponent(trackingCode)}/check-in`, { body })
  if (isNoAnswer(reply)) return { ok: false, code: 'NO_ANSWER' }
  return reply.ok ? { ok: true, number: reply.data.number } : { ok: false, code: reply.error.code }
}
