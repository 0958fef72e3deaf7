import { afterAll, describe, expect, it } from 'vitest'
import type { WebhookView } from '@luot/shared'
import { ApiClient } from '../../support/api-client.js'
import { freePort, PASSWORDS, startServer, type ServerProcess } from '../../support/server-process.js'
import { WebhookReceiver } from '../../support/webhook-receiver.js'

const servers: ServerProcess[] = []
const receivers: WebhookReceiver[] = []
afterAll(async () => {
  for (const s of servers) if (s.child.exitCode === null) await s.stop('SIGKILL')
  for (const r of receivers) await r.close()
})

describe('the webhook outbox across a crash', () => {
  it('delivers after a SIGKILL and a restart every event queued while the receiver was down, each once by its delivery id', async () => {
    const receiver = new WebhookReceiver(await freePort())
    receivers.push(receiver)
    const env = { LUOT_WEBHOOK_RETRY_SECONDS: Array(30).fill('0.1').join(',') }
    const first = await startServer({ env })
    servers.push(first)
    const admin = new ApiClient(first.url)
    await admin.login('admin', PASSWORDS.admin)
    const hook = await admin.post<WebhookView>('/api/admin/webhooks', { url: receiver.url, secret: 'the-province-secret-123', events: ['ticket.issued'], enabled: true })
    expect(hook.status).toBe(201)
    const kiosk = new ApiClient(first.url)
    const numbers: string[] = []
    for (let i = 0; i < 5; i++) numbers.push((await kiosk.post<{ number: string }>('/api/tickets', { serviceId: 'chung-thuc' })).body.data.number)
    // the five are in the outbox (durable) and being retried against a receiver that is down
    for (const end = Date.now() + 10_000; ; ) {
      const h = (await admin.get<WebhookView[]>('/api/admin/webhooks')).body.data[0]!
      if (h.pending === 5 && h.lastError) break
      if (Date.now() > end) throw new Error(`outbox: ${JSON.stringify(h)}`)
      await new Promise((r) => setTimeout(r, 50))
    }
    await first.stop('SIGKILL')
    await receiver.listen()
    const second = await startServer({ env, dataDir: first.dataDir })
    servers.push(second)
    const got = await receiver.waitFor(5)
    expect(got.map((r) => (r.json.data as { number: string }).number).sort()).toEqual([...numbers].sort())
    expect(new Set(got.map((r) => r.json.id)).size).toBe(5)
    const again = new ApiClient(second.url)
    await again.login('admin', PASSWORDS.admin)
    for (const end = Date.now() + 10_000; ; ) {
      const h = (await again.get<WebhookView[]>('/api/admin/webhooks')).body.data[0]!
      if (h.pending === 0) break
      if (Date.now() > end) throw new Error(`outbox: ${JSON.stringify(h)}`)
      await new Promise((r) => setTimeout(r, 50))
    }
    await second.stop()
  }, 120_000)
})
