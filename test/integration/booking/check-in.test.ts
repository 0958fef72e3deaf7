import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { CheckedIn, CounterView, IssuedTicket, JoinServices, PublicBooking, StaffSnapshot, TrackedTicket } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'

/** Monday 30 November 2026, 08:00 in Đà Nẵng; the tests move it. */
let now = new Date('2026-11-30T01:00:00.000Z')
const at = (hhmm: string) => (now = new Date(`2026-11-30T${hhmm}:00.000+07:00`))
let app: FastifyInstance
let clerk: string

beforeAll(async () => {
  ;({ app } = await testApp({ clock: () => now }))
  clerk = await loginAs(app, 'clerk1')
  await call(app, 'POST', '/api/counters/c1/open', { cookie: clerk, body: {} })
})
afterAll(() => app.close())

const book = async (slotStart: string, name: string, date = '2026-11-30') => (await call<PublicBooking>(app, 'POST', '/api/bookings', { body: { serviceId: 'tu-phap-ho-tich', date, slotStart, name, lang: 'vi' } })).body.data
const walkIn = async () => (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'tu-phap-ho-tich' } })).body.data
const checkIn = (code: string, body: Record<string, unknown> = { kioskId: 'kiosk-1' }) => call<CheckedIn>(app, 'POST', `/api/bookings/${code}/check-in`, { body })
async function callNext(): Promise<string | undefined> {
  const res = await call<CounterView>(app, 'POST', '/api/counters/c1/call-next', { cookie: clerk, body: {} })
  if (!res.body.ok) return res.body.error.code
  await call(app, 'POST', '/api/counters/c1/finish', { cookie: clerk, body: { outcome: 'tiep-nhan' } })
  return res.body.data.current?.number
}

describe('check-in at the kiosk and the call order', () => {
  it('an early arrival gets a marked ticket and waits for its slot; at the slot it is called before walk-ins who came earlier', async () => {
    const b = await book('08:30', 'Nguyễn Văn An')
    at('08:05')
    const w1 = await walkIn()
    const res = await checkIn(b.code)
    expect(res.status).toBe(200)
    const { booking, ticket } = res.body.data
    expect(booking).toMatchObject({ code: b.code, status: 'checked-in', ticketNumber: ticket.number, trackingCode: ticket.trackingCode })
    expect(ticket).toMatchObject({ service: { id: 'tu-phap-ho-tich' }, booking: { slotStart: '2026-11-30T01:30:00.000Z' } })
    expect((await checkIn(b.code)).body.data.ticket.id).toBe(ticket.id)
    const w2 = await walkIn()
    const staff = (await call<StaffSnapshot>(app, 'GET', '/api/staff/snapshot', { cookie: clerk })).body.data
    expect(staff.waiting.find((w) => w.number === ticket.number)).toMatchObject({ booking: { slotStart: '2026-11-30T01:30:00.000Z' } })
    expect(await callNext()).toBe(w1.number)
    expect(await callNext()).toBe(w2.number)
    expect(await callNext()).toBe('QUEUE_EMPTY')
    const w3 = await walkIn()
    at('08:30')
    const tracked = (await call<TrackedTicket>(app, 'GET', `/api/tickets/${w3.trackingCode}`)).body.data
    expect(tracked.peopleAhead).toBe(1)
    expect(await callNext()).toBe(ticket.number)
    expect(await callNext()).toBe(w3.number)
    const snap = (await call<{ recentCalls: { number: string; booked?: boolean }[] }>(app, 'GET', '/api/snapshot')).body.data
    expect(snap.recentCalls.find((c) => c.number === ticket.number)).toMatchObject({ booked: true })
    expect(snap.recentCalls.find((c) => c.number === w3.number)!.booked).toBeUndefined()
  })

  it('later than the grace period: BOOKING_LATE, whose message offers an ordinary ticket; the booking is then a no-show', async () => {
    at('08:40')
    const b = await book('09:30', 'Trần Thị Bình')
    at('09:46')
    const res = await checkIn(b.code)
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({ code: 'BOOKING_LATE' })
    expect(res.body.error.message).toContain('lấy số thứ tự thông thường')
    expect(res.body.error.messageEn).toContain('ordinary ticket')
    expect((await call<PublicBooking>(app, 'GET', `/api/bookings/${b.code}`)).body.data.status).toBe('no-show')
    expect((await call(app, 'POST', `/api/bookings/${b.code}/cancel`)).body.error.code).toBe('BOOKING_LATE')
  })

  it('within the grace period it is still taken', async () => {
    at('09:47')
    const b = await book('10:30', 'Lê Văn Cường')
    at('10:45')
    expect((await checkIn(b.code)).body.data.booking.status).toBe('checked-in')
  })

  it('a booking for another day: BOOKING_NOT_TODAY; a cancelled one: BOOKING_CANCELLED', async () => {
    const tomorrow = await book('08:30', 'Phạm Thị Dung', '2026-12-01')
    expect((await checkIn(tomorrow.code)).body.error.code).toBe('BOOKING_NOT_TODAY')
    await call(app, 'POST', `/api/bookings/${tomorrow.code}/cancel`)
    expect((await checkIn(tomorrow.code)).body.error.code).toBe('BOOKING_CANCELLED')
  })

  it('a clerk checks a booking in at the counter: a clerk-channel ticket with the mark', async () => {
    const b = await book('13:30', 'Hoàng Văn Em')
    const res = await call<CheckedIn>(app, 'POST', `/api/bookings/${b.code}/check-in`, { cookie: clerk, body: {} })
    expect(res.body.data.ticket.booking).toEqual({ slotStart: '2026-11-30T06:30:00.000Z' })
    expect(res.body.data.booking.status).toBe('checked-in')
  })
})

describe('joining from the phone', () => {
  it('lists the services open to remote join and issues a remote ticket the citizen tracks', async () => {
    const list = (await call<JoinServices>(app, 'GET', '/api/join')).body.data
    expect(list.open).toBe(true)
    expect(list.services.map((s) => s.serviceId)).toEqual(['tu-phap-ho-tich', 'chung-thuc', 'dat-dai', 'tra-ket-qua'])
    expect(list.services.find((s) => s.serviceId === 'chung-thuc')).toMatchObject({ open: true, left: 50, waiting: 0 })
    const res = await call<IssuedTicket>(app, 'POST', '/api/join', { body: { serviceId: 'chung-thuc', lang: 'en' }, headers: { 'idempotency-key': 'phone-join-00001' } })
    expect(res.status).toBe(201)
    expect(res.body.data.remote).toEqual({ checkedIn: false, checkInRequired: false })
    expect((await call<IssuedTicket>(app, 'POST', '/api/join', { body: { serviceId: 'chung-thuc', lang: 'en' }, headers: { 'idempotency-key': 'phone-join-00001' } })).body.data.id).toBe(res.body.data.id)
    expect((await call<JoinServices>(app, 'GET', '/api/join')).body.data.services.find((s) => s.serviceId === 'chung-thuc')).toMatchObject({ left: 49, waiting: 1 })
    const staff = (await call<StaffSnapshot>(app, 'GET', '/api/staff/snapshot', { cookie: clerk })).body.data
    expect(staff.waiting.find((w) => w.number === res.body.data.number)).toMatchObject({ notCheckedIn: true })
    const checked = await call<TrackedTicket>(app, 'POST', `/api/join/${res.body.data.trackingCode}/check-in`, { body: { kioskId: 'kiosk-1' } })
    expect(checked.body.data.remote).toEqual({ checkedIn: true, checkInRequired: false })
    expect((await call<TrackedTicket>(app, 'GET', `/api/tickets/${res.body.data.trackingCode}`)).body.data.remote).toEqual({ checkedIn: true, checkInRequired: false })
  })

  it.each([
    { body: { serviceId: 'van-phong', lang: 'vi' }, code: 'REMOTE_JOIN_CLOSED' },
    { body: { serviceId: 'khong-co', lang: 'vi' }, code: 'SERVICE_NOT_FOUND' },
  ])('refuses $body.serviceId with $code', async ({ body, code }) => {
    expect((await call(app, 'POST', '/api/join', { body })).body.error.code).toBe(code)
  })

  it('checking in a kiosk ticket as remote is refused', async () => {
    const w = await walkIn()
    expect((await call(app, 'POST', `/api/join/${w.trackingCode}/check-in`, { body: {} })).body.error.code).toBe('INVALID_TRANSITION')
  })
})
