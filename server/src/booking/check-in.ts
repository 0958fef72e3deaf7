import { LuotError, type CheckIn, type CheckedIn, type StoredBooking } from '@luot/shared'
import { checkInCheck, publicBooking, slotInstant } from '../domain/booking/rules.js'
import { ticketPosition } from '../domain/tickets.js'
import type { StoredUser } from '../domain/types.js'
import { issuedView } from '../domain/views.js'
import { issueAtKiosk } from '../issue-at-kiosk.js'
import type { PrintDispatcher } from '../print-dispatcher.js'
import { codeLock } from '../store/booking/port.js'
import type { BookingService } from './booking-service.js'

/** The Idempotency-Key a booking's ticket is issued under: a check-in retried after a crash finds the same ticket. */
export const checkInKey = (code: string): string => `booking-${code}`

/**
 * Checks a booking in, at a kiosk (`kioskId`) or by a signed-in clerk: its ticket is issued through
 * the kiosk's own door (`issueAtKiosk`: the same numbering, caps and printing), with the booking
 * mark that puts it ahead of walk-ins from its slot's start. Checking in again returns the same
 * ticket. Refused: cancelled, another day, later than the grace period (BOOKING_LATE: the kiosk
 * offers a walk-in ticket instead).
 */
export async function checkInBooking(deps: { bookings: BookingService; printer: PrintDispatcher }, code: string, body: CheckIn, who: { user: StoredUser | null }): Promise<CheckedIn> {
  const { bookings } = deps
  const queue = bookings.queue
  const result = await bookings.store.transaction([codeLock(code)], async (tx) => {
    const b = await tx.byCode(code)
    if (!b) throw new LuotError('BOOKING_NOT_FOUND')
    const clock = bookings.clock()
    if (checkInCheck(bookings.config, b, clock) === 'again') {
      const t = queue.today.tickets[ticketPosition(queue.today.tickets, b.ticketId ?? '')]
      if (!t) throw new LuotError('BOOKING_CHECKED_IN')
      return { booking: b, ticket: issuedView(queue.today, bookings.config, t, queue.clock), fresh: false }
    }
    const slotStart = slotInstant(bookings.config, b).toISOString()
    const ticket = await issueAtKiosk({ service: queue, printer: deps.printer }, { serviceId: b.serviceId, lang: b.lang, kioskId: body.kioskId, idempotencyKey: checkInKey(code), booking: { code, slotStart } }, who)
    const at = clock.now.toISOString()
    const checked: StoredBooking = { ...b, state: 'checked-in', checkedInAt: at, updatedAt: at, ticketId: ticket.id, ticketNumber: ticket.number, trackingCode: ticket.trackingCode }
    tx.put(checked)
    return { booking: checked, ticket, fresh: true }
  })
  const booking = result.fresh ? bookings.changed(result.booking) : publicBooking(bookings.config, result.booking, queue.clock())
  return { booking, ticket: result.ticket }
}
