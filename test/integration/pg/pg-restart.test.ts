import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IssuedTicket, PublicSnapshot, TrackedTicket } from '@luot/shared'
import { ApiClient } from '../../support/api-client.js'
import { startPgServers, takeTicket } from '../../support/pg-servers.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../../support/postgres.js'
import type { ServerProcess } from '../../support/server-process.js'

describe.skipIf(skipPostgres())('PostgreSQL restarted under load', () => {
  let pg: TestPostgres
  let servers: ServerProcess[] = []

  beforeAll(async () => {
    pg = await testPostgres({ own: true })
    servers = await startPgServers(await pg.newDatabase(), 2)
  }, 240_000)
  afterAll(async () => {
    for (const s of servers) await s.stop()
    await pg?.close()
  }, 60_000)

  it('commands fail with STORAGE_FAILED while it is down and succeed after; nothing acknowledged is lost', async () => {
    const acked: IssuedTicket[] = []
    const failures: { status: number; code?: string }[] = []
    let phase: 'before' | 'down' | 'after' = 'before'
    const failedWhileDown: string[] = []
    const kiosk = async (p: ServerProcess) => {
      while (phase !== 'after' || acked.length < 60) {
        const r = await takeTicket(p.url, 'chung-thuc')
        if (r.status === 201) acked.push(r.ticket!)
        else {
          failures.push({ status: r.status, ...(r.code ? { code: r.code } : {}) })
          if (phase === 'down') failedWhileDown.push(r.code ?? String(r.status))
        }
        if (phase === 'down') await new Promise((w) => setTimeout(w, 50))
      }
    }
    const running = Promise.all(servers.flatMap((p) => [kiosk(p), kiosk(p)]))
    await expect.poll(() => acked.length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(15)
    phase = 'down'
    await pg.stop()
    await expect.poll(() => failedWhileDown.length, { timeout: 15_000, interval: 50 }).toBeGreaterThanOrEqual(4)
    await pg.start()
    phase = 'after'
    await running

    expect(new Set(failures.map((f) => `${f.status} ${f.code}`))).toEqual(new Set(['503 STORAGE_FAILED']))
    const byCode = new Map(acked.map((t) => [t.trackingCode, t.number]))
    expect(byCode.size).toBe(acked.length)
    for (const p of servers) {
      const client = new ApiClient(p.url)
      for (const [code, number] of byCode) expect((await client.get<TrackedTicket>(`/api/tickets/${code}`)).body.data?.number).toBe(number)
    }
    // a failed command left nothing half-written that shifts the numbering: the journal has no gap
    const later = await takeTicket(servers[0]!.url, 'chung-thuc')
    expect(later.status).toBe(201)
    const snap = (await new ApiClient(servers[0]!.url).get<PublicSnapshot>('/api/snapshot')).body.data
    const issued = snap.services.find((s) => s.id === 'chung-thuc')!.issuedToday
    expect(Number(later.ticket!.number) - 3000).toBe(issued)
    expect(acked.length).toBeLessThan(issued)
  }, 180_000)
})
