import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { FastifyInstance } from 'fastify'
import type { BookingReport, CheckedIn, IssuedTicket, PublicBooking } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'

/** Monday 30 November 2026 in Đà Nẵng; the tests move the clock. */
let now = new Date('2026-11-30T07:30:00+07:00')
const at = (time: string, date = '2026-11-30') => (now = new Date(`${date}T${time}:00+07:00`))
let app: FastifyInstance
let clerk: string
let manager: string

const book = async (slotStart: string, name: string) => (await call<PublicBooking>(app, 'POST', '/api/bookings', { body: { serviceId: 'dat-dai', date: '2026-11-30', slotStart, name, lang: 'vi' } })).body.data
const counter = (action: string, body: object = {}) => call(app, 'POST', `/api/counters/c3/${action}`, { cookie: clerk, body })
const report = async (q = 'from=2026-11-30&to=2026-11-30&withinMinutes=5') => (await call<BookingReport>(app, 'GET', `/api/stats/bookings?${q}`, { cookie: manager })).body.data

beforeAll(async () => {
  ;({ app } = await testApp({ clock: () => now }))
  clerk = await loginAs(app, 'clerk3')
  manager = await loginAs(app, 'manager')
  // three bookings at 08:30 for Đất đai (one place per slot: 08:30, 09:30, 10:30)
  const served = await book('08:30', 'Nguyễn Văn An')
  const cancelled = await book('09:30', 'Trần Thị Bình')
  await book('10:30', 'Lê Văn Cường')
  await call(app, 'POST', `/api/bookings/${cancelled.code}/cancel`)
  await counter('open')
  at('08:00')
  const walkIn = (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })).body.data
  at('08:10')
  const checked = (await call<CheckedIn>(app, 'POST', `/api/bookings/${served.code}/check-in`, { body: { kioskId: 'kiosk-1' } })).body.data
  // 08:32: the booking is called first (two minutes after its slot), then the walk-in (waited 33 minutes)
  at('08:32')
  await counter('call-next')
  await counter('finish', { outcome: 'tiep-nhan' })
  at('08:33')
  await counter('call-next')
  await counter('finish', { outcome: 'tiep-nhan' })
  expect([checked.ticket.number, walkIn.number]).toEqual(['5002', '5001'])
  // the 10:30 booking never comes
  at('11:00')
})
afterAll(() => app.close())

const expected = {
  key: 'dat-dai',
  label: 'Đất đai',
  made: 3,
  cancelled: 1,
  checkedIn: 1,
  noShow: 1,
  bookedCalled: 1,
  calledWithin: 1,
  calledWithinPercent: 100,
  bookedWait: { count: 1, mean: 120, p50: 121, p90: 121 },
  walkInWait: { count: 1, mean: 1980, p50: 1985, p90: 1985 },
}

describe('booking figures in the reports', () => {
  it('counts bookings by status, the share called within N minutes of the slot, and booked against walk-in waits', async () => {
    const r = await report()
    expect(r.rows).toEqual([expect.objectContaining(expected)])
    expect(r.total).toMatchObject({ ...expected, key: 'total', label: 'Tổng cộng' })
    expect((await report('from=2026-11-30&to=2026-11-30&withinMinutes=1')).total).toMatchObject({ calledWithin: 0, calledWithinPercent: 0 })
  })

  it('managers only', async () => {
    expect((await call(app, 'GET', '/api/stats/bookings?from=2026-11-30&to=2026-11-30', { cookie: clerk })).status).toBe(403)
  })

  it('the CSV and XLSX exports carry the figures and never a name', async () => {
    const csv = await app.inject({ url: '/api/stats/export.csv?from=2026-11-30&to=2026-11-30', headers: { cookie: manager } })
    expect(csv.body).toContain('Đặt lịch hẹn')
    expect(csv.body).toContain('Đất đai,3,1,1,1,1,1,100,120,121,1980,1985')
    expect(csv.body).not.toContain('Nguyễn Văn An')
    const xlsx = await app.inject({ url: '/api/stats/export.xlsx?from=2026-11-30&to=2026-11-30', headers: { cookie: manager } })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const rows = book.getWorksheet('Đặt lịch')!.getSheetValues().slice(2) as unknown[][]
    expect(rows[0]!.slice(1, 9)).toEqual(['Đất đai', 3, 1, 1, 1, 1, 1, 100])
  })

  it('after the day closes, the figures come from its stored aggregate', async () => {
    at('08:00', '2026-12-01')
    await call(app, 'GET', '/api/snapshot')
    await app.luot.service.tick()
    expect(app.luot.service.today.date).toBe('2026-12-01')
    expect((await report()).total).toMatchObject({ ...expected, key: 'total', label: 'Tổng cộng' })
  })
})
