import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { IssuedTicket, TrackedTicket } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'
import { closeAll, connected, emitAck, listeningApp, socketClient, type TestClient } from '../../support/socket-client.js'

let app: FastifyInstance
let url: string
const clients: TestClient[] = []

beforeAll(async () => {
  ;({ app, url } = await listeningApp())
})
afterAll(() => closeAll(app, clients))

describe('tracking page', () => {
  it('shows that a ticket has priority, never which group', async () => {
    const t = (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'van-hoa', priorityGroup: 'phu-nu-co-thai' } })).body.data
    const tracked = await call<TrackedTicket>(app, 'GET', `/api/tickets/${t.trackingCode}`)
    expect(JSON.stringify(tracked.body)).not.toContain('phu-nu-co-thai')
    expect(tracked.body.data).toMatchObject({ priority: true })
    const plain = (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'van-hoa' } })).body.data
    expect((await call<TrackedTicket>(app, 'GET', `/api/tickets/${plain.trackingCode}`)).body.data).toMatchObject({ priority: false })
  })

  it('a reused Idempotency-Key with a different body answers 409 IDEMPOTENCY_MISMATCH, not the other ticket', async () => {
    const headers = { 'idempotency-key': 'shared-key-00000001' }
    const first = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' }, headers })
    expect(first.status).toBe(201)
    const other = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'chung-thuc' }, headers })
    expect(other.status).toBe(409)
    expect(other.body.error.code).toBe('IDEMPOTENCY_MISMATCH')
    expect(JSON.stringify(other.body)).not.toContain(first.body.data.trackingCode)
    const same = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' }, headers })
    expect(same.body.data.trackingCode).toBe(first.body.data.trackingCode)
  })
})

describe('rating-pad keys', () => {
  const padKey = async (admin: string, counterId: string) => {
    const pads = (await call<{ counterId: string; path: string }[]>(app, 'GET', '/api/admin/pads', { cookie: admin })).body.data
    return new URL(pads.find((p) => p.counterId === counterId)!.path, 'http://x').searchParams.get('key')!
  }

  it('rotating a key from admin stops the old one at once, for new joins and for a pad already joined', async () => {
    const admin = await loginAs(app, 'admin')
    const old = await padKey(admin, 'c3')
    const pad = socketClient(url)
    clients.push(pad)
    await connected(pad)
    expect(await emitAck(pad, 'pad:join', { counterId: 'c3', key: old })).toMatchObject({ ok: true })
    const rotated = await call<{ counterId: string; path: string }>(app, 'POST', '/api/admin/counters/c3/pad-key', { cookie: admin, body: {} })
    expect(rotated.status).toBe(200)
    const fresh = await padKey(admin, 'c3')
    expect(fresh).not.toBe(old)
    expect(rotated.body.data.path).toContain(fresh)
    expect(app.luot.io.sockets.adapter.rooms.get('counter:c3')?.has(pad.id!) ?? false).toBe(false)
    const late = socketClient(url)
    clients.push(late)
    await connected(late)
    expect(await emitAck(late, 'pad:join', { counterId: 'c3', key: old })).toMatchObject({ ok: false, error: { code: 'PAD_NOT_PAIRED' } })
    expect(await emitAck(late, 'pad:join', { counterId: 'c3', key: fresh })).toMatchObject({ ok: true })
    // other counters keep their keys
    expect(await emitAck(late, 'pad:join', { counterId: 'c4', key: await padKey(admin, 'c4') })).toMatchObject({ ok: true })
  })

  it('a rotation survives a restart', async () => {
    const { app: a, dataDir } = await testApp()
    const admin = await loginAs(a, 'admin')
    await call(a, 'POST', '/api/admin/counters/c1/pad-key', { cookie: admin, body: {} })
    const path = a.luot.padPath(1)
    await a.close()
    const { app: b } = await testApp({ dataDir })
    expect(b.luot.padPath(1)).toBe(path)
    await b.close()
  })
})
