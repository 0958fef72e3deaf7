import Type from 'typebox'
import { LuotError } from '@luot/shared'
import { BookingCode, BookingDays, BookingSlots, CheckIn, CheckedIn, DayKey, Id, IdempotencyKey, IssuedTicket, JoinRequest, JoinServices, MoveBooking, NewBooking, PublicBooking, StaffBooking, StaffBookingsQuery, TrackedTicket } from '@luot/shared'
import { checkInBooking } from '../booking/check-in.js'
import { checkInFromPhone, joinFromPhone, joinServices } from '../booking/remote.js'
import { normaliseBookingCode } from '../booking/code.js'
import { addDays } from '../domain/booking/calendar.js'
import { needsRole } from './auth.js'
import { toCsv, type Cell } from '../export/csv.js'
import type { App, RouteDeps } from './context.js'
import { TrackingParams } from './public-routes.js'
import { created, fileReplies, rateLimitConfig, replies } from './schemas.js'

/** A code as typed or scanned: dashes, spaces and lower case are accepted, then checked as 15 Crockford characters. */
const BookingListQuery = Type.Object({ from: DayKey, to: DayKey }, { additionalProperties: false })

/** The dates from `from` to `to`, both included (empty when `from` is after `to`). */
function daysBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = from; d <= to && out.length <= 366; d = addDays(d, 1)) out.push(d)
  return out
}

/** One row a booking, names and phones included (the manager asked for them). */
function bookingListRows(list: StaffBooking[]): Cell[][] {
  const head: Cell[] = ['Mã đặt lịch / Code', 'Lĩnh vực / Service', 'Ngày / Date', 'Giờ / Time', 'Trạng thái / Status', 'Họ tên / Name', 'Điện thoại / Phone', 'Đặt lúc / Booked at', 'Có mặt lúc / Checked in at', 'Số / Ticket']
  return [head, ...list.map((b): Cell[] => [b.code, b.serviceName.vi, b.date, `${b.slotStart}–${b.slotEnd}`, b.status, b.name, b.phone ?? null, b.createdAt, b.checkedInAt ?? null, b.ticketNumber ?? null])]
}

const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) })
const KeyHeader = Type.Object({ 'idempotency-key': Type.Optional(IdempotencyKey) })

const CODE = new RegExp((BookingCode as { pattern?: string }).pattern ?? '^$')

/** The booking code in the path, normalised; BOOKING_NOT_FOUND when it cannot be a code (no code can match it). */
function codeOf(raw: string): string {
  const code = normaliseBookingCode(raw)
  return CODE.test(code) ? code : '-'
}

/**
 * Bookings and remote join. Public routes are rate-limited per address and never return a name or a
 * phone number (PublicBooking); the staff list (StaffBooking) needs a clerk's session. POST creates
 * take an Idempotency-Key header.
 */
export async function bookingRoutes(app: App, deps: RouteDeps): Promise<void> {
  const { bookings } = deps
  const limit = rateLimitConfig(deps.publicRateLimit)
  const tags = ['booking']

  app.get('/api/booking/days', { config: limit, schema: { tags, summary: 'The days within the booking horizon, each open (with places left) or why not', querystring: Type.Object({ serviceId: Id }), response: replies(BookingDays) } }, async (req) => ({
    ok: true as const,
    data: await bookings.days(req.query.serviceId),
  }))

  app.get('/api/booking/slots', { config: limit, schema: { tags, summary: "A day's time slots with places left", querystring: Type.Object({ serviceId: Id, date: DayKey }), response: replies(BookingSlots) } }, async (req) => ({
    ok: true as const,
    data: await bookings.slots(req.query.serviceId, req.query.date),
  }))

  app.post('/api/bookings', { config: limit, schema: { tags, summary: 'Book a slot. Send an Idempotency-Key header so a retry never books twice.', headers: KeyHeader, body: NewBooking, response: created(PublicBooking) } }, async (req, reply) => {
    const data = await bookings.book(req.body, req.headers['idempotency-key'])
    return reply.status(201).send({ ok: true as const, data })
  })

  app.get('/api/bookings/:code', { config: limit, schema: { tags, summary: 'A booking by its code (no name or phone)', params: CodeParams, response: replies(PublicBooking) } }, async (req) => ({
    ok: true as const,
    data: await bookings.get(codeOf(req.params.code)),
  }))

  app.post('/api/bookings/:code/cancel', { config: limit, schema: { tags, summary: 'Cancel a booking (again: no change)', params: CodeParams, response: replies(PublicBooking) } }, async (req) => ({
    ok: true as const,
    data: await bookings.cancel(codeOf(req.params.code)),
  }))

  app.post('/api/bookings/:code/move', { config: limit, schema: { tags, summary: 'Move a booking to another slot, in one step', params: CodeParams, body: MoveBooking, response: replies(PublicBooking) } }, async (req) => ({
    ok: true as const,
    data: await bookings.move(codeOf(req.params.code), req.body),
  }))

  app.post('/api/bookings/:code/check-in', { config: limit, schema: { tags, summary: "Check in at a kiosk (kioskId: printed on its printer) or by a signed-in clerk: returns the booking's ticket; again: the same ticket", params: CodeParams, body: CheckIn, response: replies(CheckedIn) } }, async (req) => ({
    ok: true as const,
    data: await checkInBooking({ bookings, printer: deps.printer }, codeOf(req.params.code), req.body, { user: req.user }),
  }))

  app.get('/api/bookings', { ...needsRole('clerk'), schema: { tags, summary: "A day's bookings with names and phone numbers, for the console's panel", querystring: StaffBookingsQuery, response: replies(Type.Array(StaffBooking)) } }, async (req) => ({
    ok: true as const,
    data: await bookings.forDay(req.query.date),
  }))

  // Names and phone numbers leave the console only when a manager asks, for a range of booked days (at most a year)
  app.get('/api/bookings/export.csv', { ...needsRole('manager'), schema: { tags, summary: 'The bookings of the booked days in [from, to] WITH names and phone numbers, as CSV for Excel: only when a manager asks; erased data stays erased', querystring: BookingListQuery, produces: ['text/csv'], response: fileReplies('text/csv') } }, async (req, reply) => {
    const { from, to } = req.query
    const days = daysBetween(from, to)
    if (days.length === 0 || days.length > 366) throw new LuotError('BAD_REQUEST', 'from must not be after to, and the range at most 366 days')
    const lists = await Promise.all(days.map((d) => bookings.forDay(d)))
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="luot-dat-lich-${from}-${to}.csv"`)
      .header('cache-control', 'no-store')
      .send(toCsv(bookingListRows(lists.flat())))
  })

  app.get('/api/join', { config: limit, schema: { tags, summary: 'Services a citizen may take a ticket for from the phone now', response: replies(JoinServices) } }, async () => ({
    ok: true as const,
    data: joinServices(bookings.queue),
  }))

  app.post('/api/join', { config: limit, schema: { tags, summary: "Take today's ticket from the phone (channel 'remote'). Send an Idempotency-Key header.", headers: KeyHeader, body: JoinRequest, response: created(IssuedTicket) } }, async (req, reply) => {
    const data = await joinFromPhone(bookings.queue, req.body, req.headers['idempotency-key'])
    return reply.status(201).send({ ok: true as const, data })
  })

  app.post('/api/join/:trackingCode/check-in', { config: limit, schema: { tags, summary: 'Check a remote ticket in at a kiosk or by a signed-in clerk (again: no change)', params: TrackingParams, body: CheckIn, response: replies(TrackedTicket) } }, async (req) => ({
    ok: true as const,
    data: await checkInFromPhone(bookings.queue, req.params.trackingCode, req.body, { user: req.user }),
  }))
}
