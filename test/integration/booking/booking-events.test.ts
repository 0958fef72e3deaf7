import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { BookingsChanged, PublicBooking } from '@luot/shared'
import { call, loginAs } from '../../support/test-app.js'
import { closeAll, listeningApp, nextEvent, staffAndBoard, type TestClient } from '../../support/socket-client.js'

const now = new Date('2026-11-30T01:00:00.000Z')
let app: FastifyInstance
let url = ''
const clients: TestClient[] = []

beforeAll(async () => {
  ;({ app, url } = await listeningApp({ clock: () => now }))
})
afterAll(() => closeAll(app, clients))

describe('bookings:changed', () => {
  it('reaches staff with the name, and never a public screen', async () => {
    const { clerk, board } = await staffAndBoard(url, await loginAs(app, 'clerk1'), clients)
    const heardByBoard: unknown[] = []
    board.on('bookings:changed', (c) => heardByBoard.push(c))
    const made = nextEvent(clerk, 'bookings:changed')
    const b = (await call<PublicBooking>(app, 'POST', '/api/bookings', { body: { serviceId: 'dat-dai', date: '2026-12-01', slotStart: '08:30', name: 'Nguyễn Văn An', phone: '0905123456', lang: 'vi' } })).body.data
    expect(await made).toMatchObject({ date: '2026-12-01', booking: { code: b.code, name: 'Nguyễn Văn An', phone: '0905123456', status: 'booked' } })
    const moved = [nextEvent(clerk, 'bookings:changed'), new Promise<BookingsChanged>((resolve) => clerk.once('bookings:changed', () => clerk.once('bookings:changed', resolve)))]
    await call(app, 'POST', `/api/bookings/${b.code}/move`, { body: { date: '2026-12-02', slotStart: '09:30' } })
    // the panel of the day it left, then the one of the day it went to
    expect((await moved[0])!.date).toBe('2026-12-01')
    expect((await moved[1])!).toMatchObject({ date: '2026-12-02', booking: { date: '2026-12-02', slotStart: '09:30' } })
    const cancelled = nextEvent(clerk, 'bookings:changed')
    await call(app, 'POST', `/api/bookings/${b.code}/cancel`)
    expect((await cancelled).booking.status).toBe('cancelled')
    expect(heardByBoard).toEqual([])
  })
})
