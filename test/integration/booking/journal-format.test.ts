import { afterEach, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { CheckedIn, IssuedTicket, PublicBooking, StaffSnapshot } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'

const now = new Date('2026-11-30T08:10:00+07:00')
const apps: FastifyInstance[] = []
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close()
})

describe('the day journal with bookings and remote tickets', () => {
  it('writes format 2 only for the records that need it, and replays them after a restart', async () => {
    const { app, dataDir } = await testApp({ clock: () => now })
    apps.push(app)
    const walkIn = (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })).body.data
    const b = (await call<PublicBooking>(app, 'POST', '/api/bookings', { body: { serviceId: 'dat-dai', date: '2026-11-30', slotStart: '08:30', name: 'Nguyễn Văn An', lang: 'vi' } })).body.data
    const booked = (await call<CheckedIn>(app, 'POST', `/api/bookings/${b.code}/check-in`, { body: {} })).body.data.ticket
    const remote = (await call<IssuedTicket>(app, 'POST', '/api/join', { body: { serviceId: 'dat-dai', lang: 'vi' } })).body.data
    await call(app, 'POST', `/api/join/${remote.trackingCode}/check-in`, { body: { kioskId: 'k1' } })
    const before = (await call<StaffSnapshot>(app, 'GET', '/api/staff/snapshot', { cookie: await loginAs(app, 'clerk3') })).body.data.waiting
    apps.splice(0)
    await app.close()

    const lines = (await readFile(join(dataDir, 'days', '2026-11-30.jsonl'), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as { v: number; type: string; number?: string; booking?: unknown; channel?: string })
    expect(lines.map((r) => [r.v, r.type, r.number ?? ''])).toEqual([
      [1, 'ticket-issued', walkIn.number],
      [2, 'ticket-issued', booked.number],
      [2, 'ticket-issued', remote.number],
      [2, 'ticket-checked-in', ''],
    ])
    expect(lines[1]!.booking).toEqual({ code: b.code, slotStart: '2026-11-30T01:30:00.000Z' })
    expect(lines[2]!.channel).toBe('remote')

    const again = (await testApp({ dataDir, clock: () => now })).app
    apps.push(again)
    const after = (await call<StaffSnapshot>(again, 'GET', '/api/staff/snapshot', { cookie: await loginAs(again, 'clerk3') })).body.data.waiting
    expect(after).toEqual(before)
    expect(after.find((w) => w.number === booked.number)).toMatchObject({ booking: { slotStart: '2026-11-30T01:30:00.000Z' } })
    expect(after.find((w) => w.number === remote.number)!.notCheckedIn).toBeUndefined()
  })
})
