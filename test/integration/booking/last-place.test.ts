import { describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { BookingSlots, PublicBooking, StaffBooking } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'
import { skipPostgres } from '../../support/postgres.js'
import { usePgApps } from '../../support/pg-stores.js'

/** Monday 30 November 2026, 08:00 in Đà Nẵng. */
const now = new Date('2026-11-30T01:00:00.000Z')
const SLOT = { serviceId: 'chung-thuc', date: '2026-12-01', slotStart: '08:15' }

const { apps, database } = usePgApps()

/** `n` citizens ask for the same slot at once, spread over the given apps (processes); their connections are opened first, so nothing staggers the requests. */
async function race(over: FastifyInstance[], n: number) {
  await Promise.all(over.flatMap((a) => Array.from({ length: n }, () => call(a, 'GET', '/api/bookings/ABCDEFGHJKMNPQR'))))
  const replies = await Promise.all(Array.from({ length: n }, (_, i) => call<PublicBooking>(over[i % over.length]!, 'POST', '/api/bookings', { body: { ...SLOT, name: `Công dân ${i + 1}`, lang: 'vi' } })))
  return { made: replies.filter((r) => r.status === 201), full: replies.filter((r) => r.body.error?.code === 'SLOT_FULL'), replies }
}

/** What every process sees afterwards: the slot has no place left and holds exactly its capacity. */
async function expectFull(over: FastifyInstance[], made: number) {
  for (const a of over) {
    const slot = (await call<BookingSlots>(a, 'GET', `/api/booking/slots?serviceId=${SLOT.serviceId}&date=${SLOT.date}`)).body.data.slots.find((s) => s.start === SLOT.slotStart)
    expect(slot).toMatchObject({ capacity: 2, left: 0 })
  }
  const staff = (await call<StaffBooking[]>(over[0]!, 'GET', `/api/bookings?date=${SLOT.date}`, { cookie: await loginAs(over[0]!, 'clerk1') })).body.data
  expect(staff.filter((b) => b.slotStart === SLOT.slotStart && b.status === 'booked')).toHaveLength(made)
}

describe('two citizens never book the last place of a slot', () => {
  it('embedded store: 12 requests at once for 2 places make 2 bookings', async () => {
    const { app } = await testApp({ clock: () => now })
    apps.push(app)
    const { made, full, replies } = await race([app], 12)
    expect(made, JSON.stringify(replies.map((r) => r.body.error?.code))).toHaveLength(2)
    expect(full).toHaveLength(10)
    await expectFull([app], 2)
  })

  it.skipIf(skipPostgres())('PostgreSQL, two processes: 12 requests at once, split between them, for 2 places make 2 bookings', { timeout: 120_000 }, async () => {
    const databaseUrl = await database()
    const a = (await testApp({ databaseUrl, clock: () => now })).app
    apps.push(a)
    const b = (await testApp({ databaseUrl, clock: () => now })).app
    apps.push(b)
    const { made, full, replies } = await race([a, b], 12)
    expect(made, JSON.stringify(replies.map((r) => r.body.error?.code))).toHaveLength(2)
    expect(full).toHaveLength(10)
    await expectFull([a, b], 2)
  })
})
