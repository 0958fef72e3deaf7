import { afterEach, describe, expect, it } from 'vitest'
import { startServer, type ServerProcess } from '../support/server-process.js'
import type { IssuedTicket, PublicSnapshot, TrackedTicket } from '@luot/shared'

const servers: ServerProcess[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop('SIGKILL')
})

async function take(url: string, serviceId: string): Promise<IssuedTicket | null> {
  try {
    const res = await fetch(`${url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId }) })
    if (res.status !== 201) return null
    return ((await res.json()) as { data: IssuedTicket }).data
  } catch {
    return null // the connection died with the process: not acknowledged
  }
}

describe('a server killed with SIGKILL mid-stream', { timeout: 120_000 }, () => {
  it('keeps every acknowledged ticket and continues numbering without a repeat', async () => {
    const first = await startServer()
    servers.push(first)
    const acked: IssuedTicket[] = []
    let stop = false
    // four kiosks issuing as fast as they can
    const kiosks = Array.from({ length: 4 }, async () => {
      while (!stop) {
        const t = await take(first.url, 'chung-thuc')
        if (t) acked.push(t)
        else if (first.child.exitCode !== null || first.child.signalCode !== null) return
      }
    })
    while (acked.length < 60) await new Promise((r) => setTimeout(r, 5))
    first.child.kill('SIGKILL')
    await first.stop('SIGKILL')
    stop = true
    await Promise.all(kiosks)

    const second = await startServer({ dataDir: first.dataDir, port: first.port })
    servers.push(second)
    for (const t of acked) {
      const res = (await (await fetch(`${second.url}/api/tickets/${t.trackingCode}`)).json()) as { data: TrackedTicket }
      expect(res.data.number).toBe(t.number)
    }
    const snap = ((await (await fetch(`${second.url}/api/snapshot`)).json()) as { data: PublicSnapshot }).data
    const issued = snap.services.find((s) => s.id === 'chung-thuc')!.issuedToday
    expect(issued).toBeGreaterThanOrEqual(acked.length)
    const highest = Math.max(...acked.map((t) => Number(t.number)))
    const next = await take(second.url, 'chung-thuc')
    expect(Number(next!.number)).toBe(3000 + issued + 1)
    expect(Number(next!.number)).toBeGreaterThan(highest)
    expect(new Set(acked.map((t) => t.number)).size).toBe(acked.length)
  })

  it('on SIGTERM finishes pending writes, then exits 0', async () => {
    const s = await startServer()
    servers.push(s)
    const pending = Array.from({ length: 20 }, () => take(s.url, 'van-phong'))
    const acked = (await Promise.all(pending)).filter((t): t is IssuedTicket => t !== null)
    expect(await s.stop('SIGTERM')).toBe(0)
    const again = await startServer({ dataDir: s.dataDir, port: s.port })
    servers.push(again)
    const snap = ((await (await fetch(`${again.url}/api/snapshot`)).json()) as { data: PublicSnapshot }).data
    expect(snap.services.find((x) => x.id === 'van-phong')!.issuedToday).toBe(acked.length)
  })
})
