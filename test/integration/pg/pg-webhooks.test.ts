import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WebhookView } from '@luot/shared'
import { ApiClient } from '../../support/api-client.js'
import { startPgServers, takeTicket } from '../../support/pg-servers.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../../support/postgres.js'
import { freePort, PASSWORDS, type ServerProcess } from '../../support/server-process.js'
import { WebhookReceiver } from '../../support/webhook-receiver.js'

describe.skipIf(skipPostgres())('webhooks with two server processes on one PostgreSQL', () => {
  let pg: TestPostgres
  let servers: ServerProcess[] = []
  let receiver: WebhookReceiver

  beforeAll(async () => {
    pg = await testPostgres()
    servers = await startPgServers(await pg.newDatabase(), 2, { LUOT_WEBHOOK_RETRY_SECONDS: Array(20).fill('0.2').join(',') })
    receiver = new WebhookReceiver(await freePort())
  }, 240_000)
  afterAll(async () => {
    for (const s of servers) await s.stop()
    await receiver?.close()
    await pg?.close()
  }, 60_000)

  it('sends each ticket issued through either process once, whichever process attempts it, including those queued while the receiver was down', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess]
    const admin = new ApiClient(b.url)
    await admin.login('admin', PASSWORDS.admin)
    expect((await admin.post<WebhookView>('/api/admin/webhooks', { url: receiver.url, secret: 'secret-of-the-province-123', events: ['ticket.issued'], enabled: true })).status).toBe(201)
    const numbers: string[] = []
    for (let i = 0; i < 12; i++) numbers.push((await takeTicket((i % 2 ? a : b).url, 'chung-thuc')).ticket!.number)
    // both processes attempt against a receiver that is down, then it comes back
    await new Promise((r) => setTimeout(r, 600))
    await receiver.listen()
    const got = await receiver.waitFor(12, 20_000)
    await new Promise((r) => setTimeout(r, 800))
    expect(receiver.received).toHaveLength(12)
    expect(got.map((r) => (r.json.data as { number: string }).number).sort()).toEqual([...numbers].sort())
    expect(new Set(got.map((r) => r.json.id)).size).toBe(12)
    const seen = new ApiClient(a.url)
    await seen.login('admin', PASSWORDS.admin)
    const hook = (await seen.get<WebhookView[]>('/api/admin/webhooks')).body.data[0]!
    expect(hook).toMatchObject({ pending: 0, failed: 0 })
  }, 120_000)
})
