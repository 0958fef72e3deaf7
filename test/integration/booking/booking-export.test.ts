import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { PublicBooking } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'

/** Monday 30 November 2026, 08:00 in Đà Nẵng. */
const now = new Date('2026-11-30T01:00:00.000Z')
let app: FastifyInstance

beforeAll(async () => {
  ;({ app } = await testApp({ clock: () => now }))
})
afterAll(() => app.close())

const raw = async (url: string, cookie?: string) => {
  const res = await app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} })
  return { status: res.statusCode, type: String(res.headers['content-type']), text: res.body, json: () => res.json() as { error: { code: string } } }
}

describe('the bookings list with names and phones, only when a manager asks', () => {
  it('gives a manager the booked days in the range as CSV, names and phones included; nobody else gets it', async () => {
    const made = await call<PublicBooking>(app, 'POST', '/api/bookings', { body: { serviceId: 'chung-thuc', date: '2026-12-01', slotStart: '07:15', name: 'Lê Thị Hoa', phone: '0905 123 456', lang: 'vi' } })
    expect(made.status).toBe(201)
    const other = await call<PublicBooking>(app, 'POST', '/api/bookings', { body: { serviceId: 'chung-thuc', date: '2026-12-03', slotStart: '07:30', name: 'Phạm Văn Đức', lang: 'vi' } })
    expect(other.status).toBe(201)

    const csv = await raw('/api/bookings/export.csv?from=2026-12-01&to=2026-12-02', await loginAs(app, 'manager'))
    expect(csv.status).toBe(200)
    expect(csv.type).toMatch(/^text\/csv/)
    const lines = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(lines).toHaveLength(2) // the header and the booking of 1 December; 3 December is outside the range
    expect(lines[1]).toContain(made.body.data.code)
    expect(lines[1]).toContain('Lê Thị Hoa')
    expect(lines[1]).toContain('0905123456')
    expect(csv.text).not.toContain('Phạm Văn Đức')

    expect((await raw('/api/bookings/export.csv?from=2026-12-01&to=2026-12-02', await loginAs(app, 'clerk1'))).status).toBe(403)
    expect((await raw('/api/bookings/export.csv?from=2026-12-01&to=2026-12-02')).status).toBe(401)
    // the public booking by code never carries them
    const pub = await call<PublicBooking>(app, 'GET', `/api/bookings/${made.body.data.code}`)
    expect(JSON.stringify(pub.body.data)).not.toMatch(/Lê Thị Hoa|0905/)
  })

  it('refuses a range that runs backwards or is longer than a year', async () => {
    const manager = await loginAs(app, 'manager')
    for (const q of ['from=2026-12-02&to=2026-12-01', 'from=2025-01-01&to=2026-12-01']) {
      const res = await raw(`/api/bookings/export.csv?${q}`, manager)
      expect(res.status).toBe(400)
      expect(res.json().error.code).toBe('BAD_REQUEST')
    }
  })
})
