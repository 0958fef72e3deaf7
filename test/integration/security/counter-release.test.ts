import { afterEach, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { AuditEntry, CounterView, IssuedTicket, TrackedTicket } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'

const apps: FastifyInstance[] = []
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close()
})
async function setUp() {
  const { app, dataDir } = await testApp()
  apps.push(app)
  const take = async () => (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'tu-phap-ho-tich' } })).body.data
  const first = await take()
  const second = await take()
  const clerk1 = await loginAs(app, 'clerk1')
  await call(app, 'POST', '/api/counters/c1/open', { cookie: clerk1, body: {} })
  const called = await call<CounterView>(app, 'POST', '/api/counters/c1/call-next', { cookie: clerk1, body: {} })
  expect(called.body.data.current?.number).toBe(first.number)
  return { app, first, second, dataDir }
}
const track = async (app: FastifyInstance, t: IssuedTicket) => (await call<TrackedTicket>(app, 'GET', `/api/tickets/${t.trackingCode}`)).body.data
const clerk1Body = (active: boolean) => ({ displayName: 'Nguyễn Thị Lan', role: 'clerk', counterId: 'c1', active })

describe('a counter left open by a clerk can be freed', () => {
  it('deactivating the clerk closes their counter and puts the called ticket back at the head of its queue', async () => {
    const { app, first } = await setUp()
    const admin = await loginAs(app, 'admin')
    expect((await call(app, 'PUT', '/api/admin/users/clerk1', { cookie: admin, body: clerk1Body(false) })).status).toBe(200)
    const c1 = app.luot.service.publicSnapshot().counters.find((c) => c.id === 'c1')!
    expect(c1).toMatchObject({ state: 'closed' })
    expect(c1.clerkId).toBeUndefined()
    expect(await track(app, first)).toMatchObject({ status: 'waiting', peopleAhead: 0 })
    const clerk2 = await loginAs(app, 'clerk2')
    await call(app, 'POST', '/api/counters/c2/open', { cookie: clerk2, body: {} })
    const next = await call<CounterView>(app, 'POST', '/api/counters/c2/call-next', { cookie: clerk2, body: {} })
    expect(next.body.data.current?.number).toBe(first.number)
    // the counter is free for anyone
    expect((await call(app, 'POST', '/api/counters/c1/open', { cookie: await loginAs(app, 'clerk3'), body: {} })).status).toBe(200)
  })

  it('deleting the clerk frees their counter the same way', async () => {
    const { app, first } = await setUp()
    const admin = await loginAs(app, 'admin')
    expect((await call(app, 'DELETE', '/api/admin/users/clerk1', { cookie: admin })).status).toBe(200)
    expect(app.luot.service.publicSnapshot().counters.find((c) => c.id === 'c1')!.state).toBe('closed')
    expect(await track(app, first)).toMatchObject({ status: 'waiting' })
  })

  it('a manager closes any counter with a reason that goes into the audit trail', async () => {
    const { app, first } = await setUp()
    const manager = await loginAs(app, 'manager')
    expect((await call(app, 'POST', '/api/counters/c1/force-close', { cookie: manager, body: {} })).status).toBe(400)
    expect((await call(app, 'POST', '/api/counters/c1/force-close', { cookie: await loginAs(app, 'clerk2'), body: { reason: 'Thử' } })).status).toBe(403)
    const closed = await call<CounterView>(app, 'POST', '/api/counters/c1/force-close', { cookie: manager, body: { reason: 'Cán bộ nghỉ đột xuất' } })
    expect(closed.status).toBe(200)
    expect(closed.body.data).toMatchObject({ state: 'closed' })
    expect(await track(app, first)).toMatchObject({ status: 'waiting', peopleAhead: 0 })
    const date = app.luot.service.today.date
    const audit = (await call<AuditEntry[]>(app, 'GET', `/api/audit?from=${date}&to=${date}`, { cookie: manager })).body.data
    expect(audit).toContainEqual(expect.objectContaining({ action: 'close-counter', counterId: 'c1', clerkId: 'manager', reason: 'Cán bộ nghỉ đột xuất', number: first.number }))
  })

  it('the release is a journal record: after a restart the counter is still closed, the ticket waiting, the audit kept', async () => {
    const { app, first, dataDir } = await setUp()
    await call(app, 'POST', '/api/counters/c1/force-close', { cookie: await loginAs(app, 'manager'), body: { reason: 'Mất điện tại quầy' } })
    await app.close()
    apps.splice(apps.indexOf(app), 1)
    const { app: again } = await testApp({ dataDir })
    apps.push(again)
    expect(again.luot.service.publicSnapshot().counters.find((c) => c.id === 'c1')!.state).toBe('closed')
    expect(await track(again, first)).toMatchObject({ status: 'waiting', peopleAhead: 0 })
    expect(again.luot.service.today.audit).toContainEqual(expect.objectContaining({ action: 'close-counter', reason: 'Mất điện tại quầy' }))
  })

  it('an admin closes an idle counter too', async () => {
    const { app } = await testApp()
    apps.push(app)
    const clerk = await loginAs(app, 'clerk4')
    await call(app, 'POST', '/api/counters/c4/open', { cookie: clerk, body: {} })
    const closed = await call<CounterView>(app, 'POST', '/api/counters/c4/force-close', { cookie: await loginAs(app, 'admin'), body: { reason: 'Hết giờ làm việc' } })
    expect(closed.body.data).toMatchObject({ state: 'closed' })
    expect((await call(app, 'POST', '/api/counters/c4/force-close', { cookie: await loginAs(app, 'admin'), body: { reason: 'Lần nữa' } })).body.error.code).toBe('COUNTER_NOT_OPEN')
  })
})
