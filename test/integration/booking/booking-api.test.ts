import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { BookingDays, BookingSlots, PublicBooking, StaffBooking } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'

/** Monday 30 November 2026, 08:00 in Đà Nẵng. */
const now = new Date('2026-11-30T01:00:00.000Z')
let app: FastifyInstance
let clerk: string

beforeAll(async () => {
  ;({ app } = await testApp({ clock: () => now }))
  clerk = await loginAs(app, 'clerk1')
})
afterAll(() => app.close())

const book = (body: Record<string, unknown>, key?: string) =>
  call<PublicBooking>(app, 'POST', '/api/bookings', { body: { serviceId: 'chung-thuc', date: '2026-12-01', slotStart: '07:15', name: 'Nguyễn Văn An', lang: 'vi', ...body }, ...(key ? { headers: { 'idempotency-key': key } } : {}) })

describe('booking days and slots', () => {
  it('lists the days of the horizon: weekdays and Saturday morning open, Sunday closed, holidays named', async () => {
    const res = await call<BookingDays>(app, 'GET', '/api/booking/days?serviceId=chung-thuc')
    expect(res.status).toBe(200)
    const days = res.body.data.days
    expect(days[0]!.date).toBe('2026-11-30')
    expect(days).toHaveLength(15)
    expect(days.find((d) => d.date === '2026-12-05')).toMatchObject({ open: true })
    expect(days.find((d) => d.date === '2026-12-06')).toMatchObject({ open: false, reason: 'weekend', left: 0 })
    expect(days.find((d) => d.date === '2026-12-01')).toMatchObject({ open: true, left: 25 * 2 })
  })

  it("cuts a day into 15-minute slots, keeping each hour's first quarter for walk-ins; today only slots still to come", async () => {
    const tomorrow = (await call<BookingSlots>(app, 'GET', '/api/booking/slots?serviceId=chung-thuc&date=2026-12-01')).body.data
    expect(tomorrow.open).toBe(true)
    expect(tomorrow.slots.slice(0, 4)).toEqual([
      { start: '07:15', end: '07:30', capacity: 2, left: 2 },
      { start: '07:30', end: '07:45', capacity: 2, left: 2 },
      { start: '07:45', end: '08:00', capacity: 2, left: 2 },
      { start: '08:15', end: '08:30', capacity: 2, left: 2 },
    ])
    expect(tomorrow.slots.map((s) => s.start)).toContain('11:15')
    expect(tomorrow.slots.map((s) => s.start)).not.toContain('11:30')
    expect(tomorrow.slots).toHaveLength(25)
    const today = (await call<BookingSlots>(app, 'GET', '/api/booking/slots?serviceId=chung-thuc&date=2026-11-30')).body.data
    expect(today.slots[0]!.start).toBe('08:15')
  })

  it.each([
    { url: '/api/booking/slots?serviceId=chung-thuc&date=2026-12-06', reason: 'weekend' },
    { url: '/api/booking/slots?serviceId=chung-thuc&date=2026-11-29', reason: 'past' },
    { url: '/api/booking/slots?serviceId=chung-thuc&date=2026-12-20', reason: 'beyond-horizon' },
  ])('a closed day says why: $reason', async ({ url, reason }) => {
    expect((await call<BookingSlots>(app, 'GET', url)).body.data).toMatchObject({ open: false, reason, slots: [] })
  })

  it.each([
    { url: '/api/booking/days?serviceId=van-phong', status: 409, code: 'DAY_NOT_BOOKABLE' },
    { url: '/api/booking/days?serviceId=khong-co', status: 404, code: 'SERVICE_NOT_FOUND' },
    { url: '/api/booking/slots?serviceId=chung-thuc&date=30-11-2026', status: 400, code: 'BAD_REQUEST' },
  ])('refuses $url with $code', async ({ url, status, code }) => {
    const res = await call(app, 'GET', url)
    expect(res.status).toBe(status)
    expect(res.body.error.code).toBe(code)
  })
})

describe('booking, cancelling and moving', () => {
  it('books with 201 and a code; the public view has no name or phone; a retried key returns the same booking', async () => {
    const first = await book({ phone: '0905 123 456' }, 'book-key-000001')
    expect(first.status).toBe(201)
    expect(first.body.data.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{15}$/)
    expect(first.body.data).toEqual({ code: first.body.data.code, serviceId: 'chung-thuc', serviceName: { vi: 'Chứng thực', en: 'Certification' }, date: '2026-12-01', slotStart: '07:15', slotEnd: '07:30', status: 'booked', lang: 'vi' })
    expect((await book({ phone: '0905 123 456' }, 'book-key-000001')).body.data.code).toBe(first.body.data.code)
    expect((await book({ name: 'Người khác' }, 'book-key-000001')).body.error.code).toBe('IDEMPOTENCY_MISMATCH')
    const got = await call<PublicBooking>(app, 'GET', `/api/bookings/${first.body.data.code.toLowerCase().replace(/(.{5})(?=.)/g, '$1-')}`)
    expect(got.body.data).toEqual(first.body.data)
    expect(JSON.stringify(got.body)).not.toContain('Nguyễn')
  })

  it('the last place goes once: the slot is then full, and a cancellation frees it', async () => {
    const second = await book({ name: 'Trần Thị Bình' })
    expect(second.status).toBe(201)
    const third = await book({ name: 'Lê Văn Cường' })
    expect(third.status).toBe(409)
    expect(third.body.error.code).toBe('SLOT_FULL')
    const cancelled = await call<PublicBooking>(app, 'POST', `/api/bookings/${second.body.data.code}/cancel`)
    expect(cancelled.body.data.status).toBe('cancelled')
    expect((await call<PublicBooking>(app, 'POST', `/api/bookings/${second.body.data.code}/cancel`)).body.data.status).toBe('cancelled')
    expect((await call(app, 'POST', `/api/bookings/${second.body.data.code}/move`, { body: { date: '2026-12-01', slotStart: '07:30' } })).body.error.code).toBe('BOOKING_CANCELLED')
    expect((await book({ name: 'Lê Văn Cường' })).status).toBe(201)
  })

  it('moves to another slot in one step: the old place frees, a full slot refuses and the booking keeps its own', async () => {
    const b = (await book({ slotStart: '08:15', name: 'Phạm Thị Dung' })).body.data
    const moved = await call<PublicBooking>(app, 'POST', `/api/bookings/${b.code}/move`, { body: { date: '2026-12-02', slotStart: '09:30' } })
    expect(moved.body.data).toMatchObject({ code: b.code, date: '2026-12-02', slotStart: '09:30', slotEnd: '09:45', status: 'booked' })
    const slots = (await call<BookingSlots>(app, 'GET', '/api/booking/slots?serviceId=chung-thuc&date=2026-12-01')).body.data.slots
    expect(slots.find((s) => s.start === '08:15')!.left).toBe(2)
    const full = await call(app, 'POST', `/api/bookings/${b.code}/move`, { body: { date: '2026-12-01', slotStart: '07:15' } })
    expect(full.body.error.code).toBe('SLOT_FULL')
    expect((await call<PublicBooking>(app, 'GET', `/api/bookings/${b.code}`)).body.data).toMatchObject({ date: '2026-12-02', slotStart: '09:30' })
  })

  it.each([
    { name: 'a slot kept for walk-ins', body: { slotStart: '08:00' }, code: 'SLOT_UNAVAILABLE' },
    { name: 'a Sunday', body: { date: '2026-12-06', slotStart: '08:15' }, code: 'DAY_NOT_BOOKABLE' },
    { name: 'a slot that has started', body: { date: '2026-11-30', slotStart: '07:45' }, code: 'SLOT_UNAVAILABLE' },
    { name: 'an unbookable service', body: { serviceId: 'van-phong' }, code: 'DAY_NOT_BOOKABLE' },
    { name: 'an empty name', body: { name: '   ' }, code: 'BAD_REQUEST' },
    { name: 'a bad phone number', body: { phone: 'gọi tôi' }, code: 'BAD_REQUEST' },
  ])('refuses $name with $code', async ({ body, code }) => {
    expect((await book(body)).body.error.code).toBe(code)
  })

  it('at most three active bookings per phone number, however it is written', async () => {
    for (const [i, slotStart] of ['09:15', '09:30', '09:45'].entries()) expect((await book({ slotStart, phone: ['0912345678', '+84 912 345 678', '0912.345.678'][i] })).status).toBe(201)
    expect((await book({ slotStart: '10:15', phone: '0912-345-678' })).body.error.code).toBe('TOO_MANY_BOOKINGS')
  })

  it('an unknown or malformed code is BOOKING_NOT_FOUND', async () => {
    expect((await call(app, 'GET', '/api/bookings/ABCDEFGHJKMNPQR')).body.error.code).toBe('BOOKING_NOT_FOUND')
    expect((await call(app, 'GET', '/api/bookings/UUUUUUUUUUUUUUU')).body.error.code).toBe('BOOKING_NOT_FOUND')
  })

  it("staff see the day's bookings with names and phones; without a session, 401", async () => {
    expect((await call(app, 'GET', '/api/bookings?date=2026-12-01')).status).toBe(401)
    const list = (await call<StaffBooking[]>(app, 'GET', '/api/bookings?date=2026-12-01', { cookie: clerk })).body.data
    expect(list.find((b) => b.name === 'Nguyễn Văn An')).toMatchObject({ phone: '0905123456', status: 'booked', slotStart: '07:15' })
    expect(list.map((b) => b.slotStart)).toEqual([...list.map((b) => b.slotStart)].sort())
  })
})
