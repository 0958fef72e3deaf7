import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { call, loginAs, testApp } from '../support/test-app.js'
import type { IssuedTicket, PublicSnapshot, TrackedTicket, CounterView, StatsResult } from '@luot/shared'

let app: FastifyInstance
let clerk1: string
let clerk2: string

const snapshot = async () => (await call<PublicSnapshot>(app, 'GET', '/api/snapshot')).body.data

beforeAll(async () => {
  ;({ app } = await testApp())
  clerk1 = await loginAs(app, 'clerk1')
  clerk2 = await loginAs(app, 'clerk2')
})
afterAll(() => app.close())

describe('public API', () => {
  it('health and the active services with waiting counts', async () => {
    expect((await call(app, 'GET', '/api/health')).body).toMatchObject({ ok: true, data: { status: 'ok' } })
    const services = (await call<{ id: string; waiting: number }[]>(app, 'GET', '/api/services')).body.data
    expect(services.map((s) => s.id)).toContain('tu-phap-ho-tich')
    expect(services.every((s) => s.waiting === 0)).toBe(true)
  })

  it('issues a ticket with 201, a tracking URL and people ahead; a retried Idempotency-Key returns the same ticket', async () => {
    const headers = { 'idempotency-key': 'kiosk-tap-000001' }
    const first = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'chung-thuc' }, headers })
    expect(first.status).toBe(201)
    expect(first.body.data).toMatchObject({ number: '3001', service: { id: 'chung-thuc', name: { vi: 'Chứng thực' } }, peopleAhead: 0, counterNumbers: [1, 2, 8] })
    expect(first.body.data.trackingCode).toMatch(/^[A-Za-z0-9_-]{12}$/)
    expect(first.body.data.trackingUrl).toBe(`http://luot.test/t/${first.body.data.trackingCode}`)
    const again = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'chung-thuc' }, headers })
    expect(again.body.data.id).toBe(first.body.data.id)
    const second = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'chung-thuc' } })
    expect(second.body.data).toMatchObject({ number: '3002', peopleAhead: 1 })
    expect((await snapshot()).services.find((s) => s.id === 'chung-thuc')).toMatchObject({ waiting: 2, issuedToday: 2 })
  })

  it.each([
    { name: 'bad body', body: { serviceId: 42 }, status: 400, code: 'BAD_REQUEST' },
    { name: 'extra field', body: { serviceId: 'dat-dai', name: 'Nguyễn Văn A' }, status: 400, code: 'BAD_REQUEST' },
    { name: 'unknown service', body: { serviceId: 'khong-co' }, status: 404, code: 'SERVICE_NOT_FOUND' },
    { name: 'unknown priority group', body: { serviceId: 'dat-dai', priorityGroup: 'vip' }, status: 400, code: 'PRIORITY_GROUP_UNKNOWN' },
  ])('refuses a $name with $status $code and issues nothing', async ({ body, status, code }) => {
    const before = await snapshot()
    const res = await call(app, 'POST', '/api/tickets', { body })
    expect(res.status).toBe(status)
    expect(res.body).toMatchObject({ ok: false, error: { code } })
    expect(res.body.error.message.length).toBeGreaterThan(0)
    expect(res.body.error.messageEn.length).toBeGreaterThan(0)
    expect((await snapshot()).services).toEqual(before.services)
  })

  it('an unknown tracking code is 404; tracking shows only the own ticket', async () => {
    expect((await call(app, 'GET', '/api/tickets/AAAAAAAAAAAA')).body.error.code).toBe('TICKET_NOT_FOUND')
    const t = (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'van-hoa' } })).body.data
    const tracked = (await call<TrackedTicket>(app, 'GET', `/api/tickets/${t.trackingCode}`)).body.data
    expect(Object.keys(tracked).sort()).toEqual(['estimatedWaitMinutes', 'issuedAt', 'number', 'peopleAhead', 'priority', 'rateable', 'rated', 'recallable', 'service', 'status'])
  })
})

describe('clerk flow, rating and stats', () => {
  it('serves a ticket end to end and rates it once', async () => {
    const t = (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'tu-phap-ho-tich', priorityGroup: 'nguoi-cao-tuoi' } })).body.data
    const rate = () => call(app, 'POST', `/api/tickets/${t.trackingCode}/rating`, { body: { value: 5 } })

    expect((await rate()).body.error.code).toBe('RATING_NOT_ALLOWED')
    expect((await call<CounterView>(app, 'POST', '/api/counters/c1/open', { cookie: clerk1, body: {} })).body.data).toMatchObject({ state: 'open', clerkName: 'Nguyễn Thị Lan' })
    const called = await call<CounterView>(app, 'POST', '/api/counters/c1/call-next', { cookie: clerk1, body: {} })
    expect(called.body.data.current).toMatchObject({ number: '2001', status: 'called', priorityGroup: 'nguoi-cao-tuoi' })
    expect((await call<TrackedTicket>(app, 'GET', `/api/tickets/${t.trackingCode}`)).body.data).toMatchObject({ status: 'called', counterNumber: 1 })

    // a clerk acting on another counter: 403, and the counter is unchanged
    const other = await call(app, 'POST', '/api/counters/c1/finish', { cookie: clerk2, body: { outcome: 'tiep-nhan' } })
    expect(other.status).toBe(403)
    expect(other.body.error.code).toBe('NOT_YOUR_COUNTER')
    expect((await snapshot()).counters.find((c) => c.id === 'c1')!.current?.status).toBe('called')

    await call(app, 'POST', '/api/counters/c1/start', { cookie: clerk1, body: {} })
    const finished = await call<CounterView>(app, 'POST', '/api/counters/c1/finish', { cookie: clerk1, body: { outcome: 'tiep-nhan' } })
    expect(finished.body.data.current).toBeUndefined()

    const first = await rate()
    expect(first.status).toBe(200)
    expect(first.body.data).toMatchObject({ status: 'done', rated: true, rateable: false })
    const twice = await rate()
    expect(twice.status).toBe(409)
    expect(twice.body.error.code).toBe('ALREADY_RATED')

    const manager = await loginAs(app, 'manager')
    const date = (await snapshot()).date
    const stats = (await call<StatsResult>(app, 'GET', `/api/stats?from=${date}&to=${date}&groupBy=service`, { cookie: manager })).body.data
    expect(stats.rows.find((r) => r.key === 'tu-phap-ho-tich')).toMatchObject({ issued: 1, served: 1, ratings: { '5': 1 }, satisfiedPercent: 100 })
  })

  it('records the channel: kiosk for the public, clerk when a signed-in clerk issues the ticket', async () => {
    const fromKiosk = (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'van-phong' } })).body.data
    const fromClerk = (await call<IssuedTicket>(app, 'POST', '/api/tickets', { cookie: clerk2, body: { serviceId: 'van-phong' } })).body.data
    const day = app.luot.service.today
    expect(day.tickets.find((t) => t.id === fromKiosk.id)!.channel).toBe('kiosk')
    expect(day.tickets.find((t) => t.id === fromClerk.id)!.channel).toBe('clerk')
  })

  it('needs a session for clerk routes, the manager role for stats, the admin role for admin', async () => {
    expect((await call(app, 'POST', '/api/counters/c1/call-next', { body: {} })).status).toBe(401)
    expect((await call(app, 'GET', '/api/stats?from=2026-01-01&to=2026-01-02', { cookie: clerk1 })).body.error.code).toBe('FORBIDDEN')
    expect((await call(app, 'GET', '/api/admin/config', { cookie: await loginAs(app, 'manager') })).status).toBe(403)
    const admin = await loginAs(app, 'admin')
    const config = await call<{ users: Record<string, unknown>[] }>(app, 'GET', '/api/admin/config', { cookie: admin })
    expect(config.status).toBe(200)
    expect(config.body.data.users.every((u) => !('passwordHash' in u))).toBe(true)
  })

  it('refuses a wrong password without saying which part was wrong', async () => {
    const res = await call(app, 'POST', '/api/auth/login', { body: { username: 'clerk1', password: 'wrong-password' } })
    const unknown = await call(app, 'POST', '/api/auth/login', { body: { username: 'nobody', password: 'wrong-password' } })
    expect([res.status, unknown.status]).toEqual([401, 401])
    expect(res.body.error).toEqual(unknown.body.error)
  })

  it('logout ends the session', async () => {
    const cookie = await loginAs(app, 'clerk3')
    expect((await call(app, 'GET', '/api/auth/me', { cookie })).status).toBe(200)
    await call(app, 'POST', '/api/auth/logout', { cookie, body: {} })
    expect((await call(app, 'GET', '/api/auth/me', { cookie })).status).toBe(401)
  })

  it('a logged-out session stays out after a restart', async () => {
    const { app: first, dataDir } = await testApp()
    const cookie = await loginAs(first, 'clerk5')
    await call(first, 'POST', '/api/auth/logout', { cookie, body: {} })
    const other = await loginAs(first, 'clerk6')
    await first.close()
    const { app: again } = await testApp({ dataDir })
    expect((await call(again, 'GET', '/api/auth/me', { cookie })).status).toBe(401)
    expect((await call(again, 'GET', '/api/auth/me', { cookie: other })).status).toBe(200)
    await again.close()
  })

  it('a password reset signs the user out everywhere', async () => {
    const admin = await loginAs(app, 'admin')
    const cookie = await loginAs(app, 'clerk4')
    const reset = await call(app, 'POST', '/api/admin/users/clerk4/password', { cookie: admin, body: { password: 'new-password-456' } })
    expect(reset.status).toBe(200)
    expect((await call(app, 'GET', '/api/auth/me', { cookie })).status).toBe(401)
    const again = await call(app, 'POST', '/api/auth/login', { body: { username: 'clerk4', password: 'new-password-456' } })
    expect(again.status).toBe(200)
  })
})
