import { afterEach, describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { DeliveryView, IssuedTicket, WebhookView } from '@luot/shared'
import { verifySignature } from '../../../server/src/integrations/sign.js'
import { call, loginAs, testApp } from '../../support/test-app.js'
import { freePort } from '../../support/server-process.js'
import { WebhookReceiver } from '../../support/webhook-receiver.js'

const SECRET = 'a-secret-the-province-chose'
const TICKET_EVENTS = ['ticket.issued', 'ticket.called', 'ticket.finished', 'ticket.rated']
const open: { apps: FastifyInstance[]; receivers: WebhookReceiver[] } = { apps: [], receivers: [] }
afterEach(async () => {
  for (const a of open.apps.splice(0)) await a.close()
  for (const r of open.receivers.splice(0)) await r.close()
})

async function setUp(retryDelaysMs: number[], up = true) {
  const receiver = new WebhookReceiver(await freePort())
  open.receivers.push(receiver)
  if (up) await receiver.listen()
  const { app } = await testApp({ webhooks: { retryDelaysMs, pollMs: 25, timeoutMs: 2_000 } })
  open.apps.push(app)
  const admin = await loginAs(app, 'admin')
  const clerk = await loginAs(app, 'clerk1')
  const hook = await call<WebhookView>(app, 'POST', '/api/admin/webhooks', { cookie: admin, body: { url: receiver.url, secret: SECRET, events: TICKET_EVENTS, enabled: true } })
  expect(hook.status).toBe(201)
  return { app, admin, clerk, receiver, hookId: hook.body.data.id }
}

const issue = async (app: FastifyInstance) => (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'chung-thuc' } })).body.data

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = await read()
    if (ok(v)) return v
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(v)}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

describe('webhooks', () => {
  it('sends a ticket issued, called, finished and rated to the endpoint, in order, signed, without what belongs to the citizen', async () => {
    const { app, clerk, receiver } = await setUp([50])
    const ticket = await issue(app)
    expect((await call(app, 'POST', '/api/counters/c1/open', { cookie: clerk, body: {} })).status).toBe(200)
    expect((await call(app, 'POST', '/api/counters/c1/call-next', { cookie: clerk, body: {} })).status).toBe(200)
    expect((await call(app, 'POST', '/api/counters/c1/finish', { cookie: clerk, body: { outcome: 'tiep-nhan' } })).status).toBe(200)
    expect((await call(app, 'POST', `/api/tickets/${ticket.trackingCode}/rating`, { body: { value: 5 } })).status).toBe(200)
    const got = await receiver.waitFor(4)
    expect(got.map((r) => r.json.event)).toEqual(TICKET_EVENTS)
    for (const r of got) {
      expect(r.headers['x-luot-event']).toBe(r.json.event)
      expect(r.headers['x-luot-delivery']).toBe(r.json.id)
      expect(verifySignature(SECRET, Number(r.headers['x-luot-timestamp']), r.body, r.headers['x-luot-signature']!)).toBe(true)
      expect(verifySignature('another-secret-entirely', Number(r.headers['x-luot-timestamp']), r.body, r.headers['x-luot-signature']!)).toBe(false)
      expect(r.json.data).toMatchObject({ id: ticket.id, number: ticket.number, serviceId: 'chung-thuc' })
      expect(r.body).not.toContain(ticket.trackingCode)
    }
    expect(new Set(got.map((r) => r.json.id)).size).toBe(4)
    expect(got[2]!.json.data).toMatchObject({ status: 'done', outcome: 'tiep-nhan', counterNumber: 1, clerkId: 'clerk1' })
    expect(got[3]!.json.data).toMatchObject({ rating: { value: 5, source: 'phone' } })
    expect(got[3]!.body).not.toContain('ratingToken')
  })

  it('keeps an event while the receiver is down, retries with backoff, and delivers it when it is back; the admin sees it all', async () => {
    const { app, admin, receiver, hookId } = await setUp([100, 200, 200, 200, 200, 200, 200, 200, 200, 200], false)
    await issue(app)
    const pending = await until('a failed attempt', async () => (await call<DeliveryView[]>(app, 'GET', `/api/admin/webhooks/${hookId}/deliveries`, { cookie: admin })).body.data, (d) => d[0]?.attempts !== undefined && d[0].attempts >= 2)
    expect(pending).toHaveLength(1)
    expect(pending[0]).toMatchObject({ event: 'ticket.issued', state: 'pending' })
    expect(pending[0]!.lastError).toMatch(/fetch failed|ECONNREFUSED/)
    const listed = (await call<WebhookView[]>(app, 'GET', '/api/admin/webhooks', { cookie: admin })).body.data[0]!
    expect(listed).toMatchObject({ id: hookId, pending: 1, failed: 0 })
    expect(listed.lastError).toBeDefined()
    expect(JSON.stringify(listed)).not.toContain(SECRET)
    await receiver.listen()
    const [got] = await receiver.waitFor(1)
    expect(got!.json.event).toBe('ticket.issued')
    const after = await until('delivered', async () => (await call<WebhookView[]>(app, 'GET', '/api/admin/webhooks', { cookie: admin })).body.data[0]!, (h) => h.pending === 0 && h.lastDeliveredAt !== undefined)
    expect(after.failed).toBe(0)
    const log = (await call<DeliveryView[]>(app, 'GET', `/api/admin/webhooks/${hookId}/deliveries`, { cookie: admin })).body.data
    expect(log[0]).toMatchObject({ state: 'delivered', lastStatus: 200 })
    expect(log[0]!.attempts).toBeGreaterThanOrEqual(3)
  })

  it('marks a delivery failed after the last retry (a receiver answering 500), and sends failed ones again on request', async () => {
    const { app, admin, receiver, hookId } = await setUp([30])
    receiver.status = 500
    await issue(app)
    await until('failed', async () => (await call<WebhookView[]>(app, 'GET', '/api/admin/webhooks', { cookie: admin })).body.data[0]!, (h) => h.failed === 1 && h.pending === 0)
    const log = (await call<DeliveryView[]>(app, 'GET', `/api/admin/webhooks/${hookId}/deliveries`, { cookie: admin })).body.data
    expect(log[0]).toMatchObject({ state: 'failed', attempts: 2, lastStatus: 500, lastError: 'HTTP 500' })
    receiver.status = 200
    expect((await call<{ retried: number }>(app, 'POST', `/api/admin/webhooks/${hookId}/retry`, { cookie: admin, body: {} })).body.data).toEqual({ retried: 1 })
    await receiver.waitFor(1)
    await until('delivered', async () => (await call<WebhookView[]>(app, 'GET', '/api/admin/webhooks', { cookie: admin })).body.data[0]!, (h) => h.failed === 0 && h.pending === 0)
  })

  it('sends nothing to a disabled endpoint or for events it did not ask for; a changed endpoint keeps its secret', async () => {
    const { app, admin, clerk, receiver, hookId } = await setUp([50])
    const put = await call<WebhookView>(app, 'PUT', `/api/admin/webhooks/${hookId}`, { cookie: admin, body: { url: receiver.url, events: ['ticket.called'], enabled: true } })
    expect(put.status).toBe(200)
    await issue(app)
    await call(app, 'POST', '/api/counters/c1/open', { cookie: clerk, body: {} })
    await call(app, 'POST', '/api/counters/c1/call-next', { cookie: clerk, body: {} })
    const [called] = await receiver.waitFor(1)
    expect(called!.json.event).toBe('ticket.called')
    expect(verifySignature(SECRET, Number(called!.headers['x-luot-timestamp']), called!.body, called!.headers['x-luot-signature']!)).toBe(true)
    await call(app, 'PUT', `/api/admin/webhooks/${hookId}`, { cookie: admin, body: { url: receiver.url, events: ['ticket.called'], enabled: false } })
    await call(app, 'POST', '/api/counters/c1/recall', { cookie: clerk, body: {} })
    await new Promise((r) => setTimeout(r, 300))
    expect(receiver.received).toHaveLength(1)
  })

  it('queues after a start the events of today a crash kept from the outbox (the journal has them), once', async () => {
    const receiver = new WebhookReceiver(await freePort())
    open.receivers.push(receiver)
    const opts = { webhooks: { retryDelaysMs: [50, 50, 50, 50, 50, 50, 50, 50], pollMs: 25, catchUpAfterMs: 10 } }
    const first = await testApp(opts)
    const admin = await loginAs(first.app, 'admin')
    await call(first.app, 'POST', '/api/admin/webhooks', { cookie: admin, body: { url: receiver.url, secret: SECRET, events: ['ticket.issued'], enabled: true } })
    const numbers = [(await issue(first.app)).number, (await issue(first.app)).number, (await issue(first.app)).number]
    await until('queued', async () => (await call<WebhookView[]>(first.app, 'GET', '/api/admin/webhooks', { cookie: admin })).body.data[0]!, (h) => h.pending === 3)
    await first.app.close()
    // as if the process had died after the journal write and before the outbox write
    await writeFile(join(first.dataDir, 'integrations', 'outbox.jsonl'), '')
    await receiver.listen()
    const second = await testApp({ ...opts, dataDir: first.dataDir })
    open.apps.push(second.app)
    const got = await receiver.waitFor(3)
    expect(got.map((r) => (r.json.data as { number: string }).number).sort()).toEqual(numbers.sort())
    await second.app.close()
    open.apps.splice(open.apps.indexOf(second.app), 1)
    const third = await testApp({ ...opts, dataDir: first.dataDir })
    open.apps.push(third.app)
    await new Promise((r) => setTimeout(r, 400))
    expect(receiver.received).toHaveLength(3)
  })

  it('is the admin\'s alone, and checks what it is given', async () => {
    const { app, admin, clerk, receiver, hookId } = await setUp([50])
    const manager = await loginAs(app, 'manager')
    expect((await call(app, 'GET', '/api/admin/webhooks')).status).toBe(401)
    expect((await call(app, 'GET', '/api/admin/webhooks', { cookie: manager })).status).toBe(403)
    expect((await call(app, 'GET', '/api/admin/api-keys', { cookie: clerk })).status).toBe(403)
    const noSecret = await call(app, 'POST', '/api/admin/webhooks', { cookie: admin, body: { url: receiver.url, events: ['ticket.called'], enabled: true } })
    expect(noSecret.body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect((await call(app, 'POST', '/api/admin/webhooks', { cookie: admin, body: { url: 'ftp://x.test/', secret: SECRET, events: ['ticket.called'], enabled: true } })).status).toBe(400)
    expect((await call(app, 'POST', '/api/admin/webhooks', { cookie: admin, body: { url: receiver.url, secret: SECRET, events: ['ticket.exploded'], enabled: true } })).status).toBe(400)
    expect((await call(app, 'GET', '/api/admin/webhooks/w-nothere/deliveries', { cookie: admin })).body).toMatchObject({ error: { code: 'WEBHOOK_NOT_FOUND' } })
    expect((await call(app, 'DELETE', `/api/admin/webhooks/${hookId}`, { cookie: admin })).status).toBe(200)
    expect((await call<WebhookView[]>(app, 'GET', '/api/admin/webhooks', { cookie: admin })).body.data).toEqual([])
  })
})
