import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { CheckedIn, PublicBooking, Settings } from '@luot/shared'
import { call } from '../../support/test-app.js'
import { appWithKioskPrinter } from '../../support/kiosk-printer.js'
import type { FakePrinter } from '../printing/fake-printer.js'
import { parseEscPos } from '../printing/escpos-parse.js'
import { decodeTcvn3Lines } from '../printing/tcvn3-decode.js'

const now = new Date('2026-11-30T08:10:00+07:00')
let app: FastifyInstance
let admin: string
let fake: FakePrinter
let close: () => Promise<void>

beforeAll(async () => {
  ;({ app, admin, fake, close } = await appWithKioskPrinter(() => now))
})
afterAll(() => close())

describe("a booking's check-in at a kiosk with a printer", () => {
  it("prints the ticket like a kiosk ticket, with the booked time marked; checking in again prints nothing new", async () => {
    const b = (await call<PublicBooking>(app, 'POST', '/api/bookings', { body: { serviceId: 'dat-dai', date: '2026-11-30', slotStart: '08:30', name: 'Nguyễn Văn An', lang: 'vi' } })).body.data
    const job = fake.nextJob()
    const res = await call<CheckedIn>(app, 'POST', `/api/bookings/${b.code}/check-in`, { body: { kioskId: 'k1' } })
    expect(res.body.data.ticket.print).toBe('printed')
    const items = parseEscPos(await job)
    const text = decodeTcvn3Lines(items).join('\n')
    expect(text).toContain(res.body.data.ticket.number)
    expect(text).toContain('Đã đặt lịch: 08:30')
    expect(text).not.toContain('Nguyễn Văn An')
    const again = await call<CheckedIn>(app, 'POST', `/api/bookings/${b.code}/check-in`, { body: { kioskId: 'k1' } })
    expect(again.body.data.ticket.id).toBe(res.body.data.ticket.id)
    expect(again.body.data.ticket.print).toBeUndefined()
  })

  it('a bookable service cannot be deleted while the booking settings name it', async () => {
    const svc = { id: 'thu-nghiem', code: 'TN', name: { vi: 'Thử nghiệm', en: 'Trial' }, numberFormat: { kind: 'prefix', prefix: 'T' }, dailyCap: 0, targetWaitMinutes: 20, defaultServiceMinutes: 5, active: true }
    expect((await call(app, 'POST', '/api/admin/services', { cookie: admin, body: svc })).status).toBe(201)
    const settings = (await call<{ settings: Settings }>(app, 'GET', '/api/admin/config', { cookie: admin })).body.data.settings
    const booking = { ...settings.booking!, services: [...settings.booking!.services, { serviceId: 'thu-nghiem', bookable: true, slotMinutes: 30, placesPerSlot: 1, walkInMinutesPerHour: 0, remoteJoin: false, remoteDailyCap: 0 }] }
    expect((await call(app, 'PUT', '/api/admin/settings', { cookie: admin, body: { ...settings, booking } })).status).toBe(200)
    const res = await call(app, 'DELETE', '/api/admin/services/thu-nghiem', { cookie: admin })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({ code: 'IN_USE', details: 'the booking settings still name it' })
    expect((await call(app, 'PUT', '/api/admin/settings', { cookie: admin, body: { ...settings, booking: { ...booking, services: [...booking.services, booking.services.at(-1)] } } })).body.error.code).toBe('CONFLICT')
  })
})
