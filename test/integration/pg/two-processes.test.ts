import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IssuedTicket, PublicSnapshot, TrackedTicket } from '@luot/shared'
import { ApiClient } from '../../support/api-client.js'
import { skipNginx, startNginx } from '../../support/nginx.js'
import { contiguous, display, nextCall, startPgServer, startPgServers, takeTicket, type Display } from '../../support/pg-servers.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../../support/postgres.js'
import { PASSWORDS, type ServerProcess } from '../../support/server-process.js'

const SERVICE = 'tu-phap-ho-tich'

describe.skipIf(skipPostgres() || skipNginx())('two server processes on one PostgreSQL', () => {
  let pg: TestPostgres
  let url: string
  let a: ServerProcess
  let b: ServerProcess
  const sockets: Display[] = []
  const extra: ServerProcess[] = []

  beforeAll(async () => {
    pg = await testPostgres()
    url = await pg.newDatabase()
    ;[a, b] = (await startPgServers(url, 2)) as [ServerProcess, ServerProcess]
  }, 240_000)
  afterAll(async () => {
    for (const s of sockets) s.close()
    for (const p of [a, b, ...extra]) await p?.stop()
    await pg?.close()
  }, 60_000)

  const snapshot = async (p: ServerProcess) => (await new ApiClient(p.url).get<PublicSnapshot>('/api/snapshot')).body.data
  const issuedToday = async (p: ServerProcess, serviceId = SERVICE) => (await snapshot(p)).services.find((s) => s.id === serviceId)!.issuedToday

  it('kiosks issuing through both at once get contiguous numbers, no duplicates, and both processes see them all', async () => {
    const kiosks = Array.from({ length: 8 }, (_, k) => (k % 2 ? a : b))
    const results = await Promise.all(kiosks.map(async (p) => {
      const mine = []
      for (let i = 0; i < 10; i++) mine.push(await takeTicket(p.url, SERVICE))
      return mine
    }))
    const all = results.flat()
    expect(all.filter((r) => r.status !== 201)).toEqual([])
    const numbers = all.map((r) => r.ticket!.number)
    expect(new Set(numbers).size).toBe(80)
    expect(contiguous(numbers)).toBe(true)
    await expect.poll(() => issuedToday(a), { timeout: 10_000 }).toBe(80)
    await expect.poll(() => issuedToday(b), { timeout: 10_000 }).toBe(80)
  })

  it('a clerk calls through one process; a display connected to the other is told of the call', async () => {
    const board = display(b.url)
    sockets.push(board)
    await new Promise((resolve) => board.once('queue:snapshot', resolve))
    const clerk = new ApiClient(a.url)
    await clerk.login('clerk1', PASSWORDS.clerk)
    const called = nextCall(board)
    expect((await clerk.post('/api/counters/c1/open')).status).toBe(200)
    const r = await clerk.post<{ current?: { number: string } }>('/api/counters/c1/call-next')
    expect(r.status).toBe(200)
    const call = await called
    expect(call).toMatchObject({ counterNumber: 1, number: r.body.data.current!.number })
    // the session works on the other process too (one signing secret), and it sees the call
    const sameClerk = new ApiClient(b.url)
    sameClerk.cookie = clerk.cookie
    expect((await sameClerk.get<{ current?: { number: string } }>('/api/staff/snapshot')).status).toBe(200)
    await expect.poll(async () => (await snapshot(b)).counters.find((c) => c.id === 'c1')?.current?.number, { timeout: 10_000 }).toBe(call.number)
  })

  it('behind the README nginx config no request fails on whichever process it lands, sockets included', async () => {
    const nginx = await startNginx([a.port, b.port])
    try {
      const clerk = new ApiClient(nginx.url)
      await clerk.login('clerk2', PASSWORDS.clerk)
      const board = display(nginx.url)
      sockets.push(board)
      await new Promise((resolve) => board.once('queue:snapshot', resolve))
      const before = await issuedToday(a, 'chung-thuc')
      const taken = await Promise.all(Array.from({ length: 12 }, () => takeTicket(nginx.url, 'chung-thuc')))
      expect(taken.map((t) => t.status)).toEqual(Array(12).fill(201))
      expect(contiguous(taken.map((t) => t.ticket!.number))).toBe(true)
      expect(Number(taken.map((t) => t.ticket!.number).sort().at(0)!.replace(/\D/g, '')) % 1000).toBe(before + 1)
      const called = nextCall(board)
      for (const step of ['open', 'call-next']) expect((await clerk.post(`/api/counters/c2/${step}`)).status).toBe(200)
      expect((await called).counterNumber).toBe(2)
      for (let i = 0; i < 6; i++) expect((await clerk.get('/api/staff/snapshot')).status).toBe(200)
    } finally {
      await nginx.stop()
    }
  }, 60_000)

  it('SIGKILL one process mid-stream: nothing acknowledged is lost and the survivor keeps serving', async () => {
    const c = await startPgServer(url)
    extra.push(c)
    const acked: IssuedTicket[] = []
    let killed = false
    const kiosk = async (p: ServerProcess) => {
      for (let i = 0; i < 40; i++) {
        const r = await takeTicket(p.url, 'dat-dai').catch(() => null)
        if (r?.status === 201) acked.push(r.ticket!)
        if (p === c && killed) return
      }
    }
    const running = Promise.all([kiosk(c), kiosk(c), kiosk(b), kiosk(b)])
    await expect.poll(() => acked.length, { timeout: 30_000, interval: 20 }).toBeGreaterThanOrEqual(20)
    c.child.kill('SIGKILL')
    killed = true
    await running
    const client = new ApiClient(b.url)
    for (const t of acked) expect((await client.get<TrackedTicket>(`/api/tickets/${t.trackingCode}`)).body.data.number).toBe(t.number)
    // numbers stay contiguous: the survivor continues after everything the journal holds
    const after = await takeTicket(b.url, 'dat-dai')
    expect(after.status).toBe(201)
    const numbers = [...acked.map((t) => t.number), after.ticket!.number]
    expect(new Set(numbers).size).toBe(numbers.length)
    expect(Number(after.ticket!.number.replace(/\D/g, '')) % 1000).toBe(await issuedToday(b, 'dat-dai'))
    // a third process learns of the others' appends by notice, which a loaded machine may deliver a little later
    await expect.poll(() => issuedToday(a, 'dat-dai'), { timeout: 10_000 }).toBeGreaterThanOrEqual(acked.length + 1)
  }, 180_000)
})
