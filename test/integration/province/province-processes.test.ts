import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CentreCreated, ProvinceLive, QueueChange } from '@luot/shared'
import { ApiClient } from '../../support/api-client.js'
import { display, nextCall, takeTicket, type Display } from '../../support/pg-servers.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../../support/postgres.js'
import { centreClient, provinceClient, startProvinceServer } from '../../support/province.js'
import type { ServerProcess } from '../../support/server-process.js'
import { skipNginx, startNginx } from '../../support/nginx.js'

const SERVICE = 'tu-phap-ho-tich'

/** Polls `fn` until it holds, for up to `ms`. */
async function eventually(fn: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await fn())) {
    if (Date.now() > end) throw new Error('not within time')
    await new Promise((r) => setTimeout(r, 100))
  }
}

describe.skipIf(skipPostgres() || skipNginx())('a province on two real server processes (LUOT_PROVINCE=1)', () => {
  let pg: TestPostgres
  let a: ServerProcess
  let b: ServerProcess
  const sockets: Display[] = []
  let xa: CentreCreated

  beforeAll(async () => {
    pg = await testPostgres()
    const url = await pg.newDatabase()
    a = await startProvinceServer(url)
    b = await startProvinceServer(url)
  }, 300_000)
  afterAll(async () => {
    for (const s of sockets) s.close()
    for (const p of [a, b]) await p?.stop()
    await pg?.close()
  }, 60_000)

  it('a centre created through one process is served by the other within moments', async () => {
    const admin = await provinceClient(a.url, 'admin')
    const made = await admin.post<{ created: CentreCreated[] }>('/api/province/centres/import', { csv: 'slug,name,district\nxa-hoa-phong,Trung tâm Phục vụ hành chính công xã Hòa Phong,Cụm phía Tây\nxa-hoa-tien,Trung tâm Phục vụ hành chính công xã Hòa Tiến,Cụm phía Tây\n' })
    expect(made.status).toBe(200)
    xa = made.body.data.created[0]!
    await eventually(async () => (await new ApiClient(`${b.url}/c/xa-hoa-phong`).get('/api/snapshot')).status === 200)
    await eventually(async () => (await new ApiClient(b.url).get<{ centres: number }>('/api/health')).body.data.centres === 2)
  })

  it("a call made through one process reaches the centre's boards on both processes, and no other centre's board", async () => {
    const mine = display(b.url, undefined, '/c/xa-hoa-phong/socket.io')
    const local = display(a.url, undefined, '/c/xa-hoa-phong/socket.io')
    const other = display(b.url, undefined, '/c/xa-hoa-tien/socket.io')
    sockets.push(mine, local, other)
    await Promise.all([mine, local, other].map((s) => new Promise((r) => s.once('queue:snapshot', r))))
    const heardByOther: QueueChange[] = []
    other.on('queue:changed', (c) => c.calls.length && heardByOther.push(c))
    const ticket = await takeTicket(`${a.url}/c/xa-hoa-phong`, SERVICE)
    expect(ticket.status).toBe(201)
    const centreAdmin = await centreClient(a.url, 'xa-hoa-phong', 'admin', xa.admin.password)
    expect((await centreAdmin.post('/api/admin/users', { username: 'lan', displayName: 'Nguyễn Thị Lan', role: 'clerk', counterId: 'c1', active: true, password: 'clerk-pass-123' })).status).toBe(201)
    const clerk = await centreClient(a.url, 'xa-hoa-phong', 'lan', 'clerk-pass-123')
    expect((await clerk.post('/api/counters/c1/open')).status).toBe(200)
    const heard = [nextCall(mine), nextCall(local)]
    expect((await clerk.post('/api/counters/c1/call-next')).status).toBe(200)
    expect((await Promise.all(heard)).map((c) => c.number)).toEqual([ticket.ticket!.number, ticket.ticket!.number])
    await new Promise((r) => setTimeout(r, 500))
    expect(heardByOther).toEqual([])
  })

  it("the province's live view on the other process counts the tickets taken through the first", async () => {
    await takeTicket(`${a.url}/c/xa-hoa-tien`, SERVICE)
    await takeTicket(`${a.url}/c/xa-hoa-tien`, SERVICE)
    const manager = await provinceClient(b.url, 'manager')
    await eventually(async () => {
      const live = (await manager.get<ProvinceLive>('/api/province/live')).body.data
      return live.centres.find((c) => c.slug === 'xa-hoa-tien')?.waiting === 2 && live.centres.find((c) => c.slug === 'xa-hoa-phong')?.openCounters === 1
    })
  })

  it("behind the README's nginx config a centre's board and the province's socket connect, and a call made through nginx reaches the board", async () => {
    const nginx = await startNginx([a.port, b.port])
    try {
      const viaProxy = display(nginx.url, undefined, '/c/xa-hoa-phong/socket.io')
      sockets.push(viaProxy)
      await new Promise((r) => viaProxy.once('queue:snapshot', r))
      const manager = await provinceClient(nginx.url, 'manager')
      const provinceSocket = display(nginx.url, manager.cookie, '/province/socket.io')
      sockets.push(provinceSocket)
      const live = await new Promise<ProvinceLive>((r) => (provinceSocket as unknown as { once(e: string, f: (l: ProvinceLive) => void): void }).once('province:live', r))
      expect(live.centres.map((c) => c.slug)).toContain('xa-hoa-phong')
      await takeTicket(`${nginx.url}/c/xa-hoa-phong`, SERVICE)
      const clerk = await centreClient(nginx.url, 'xa-hoa-phong', 'lan', 'clerk-pass-123')
      // the citizen called before did not come
      expect((await clerk.post('/api/counters/c1/skip')).status).toBe(200)
      const heard = nextCall(viaProxy)
      expect((await clerk.post('/api/counters/c1/call-next')).status).toBe(200)
      await heard
    } finally {
      await nginx.stop()
    }
  })

  it('archived through one process, the centre answers CENTRE_ARCHIVED on the other', async () => {
    const admin = await provinceClient(b.url, 'admin')
    expect((await admin.post('/api/province/centres/xa-hoa-tien/archive')).status).toBe(200)
    await eventually(async () => (await new ApiClient(`${a.url}/c/xa-hoa-tien`).get('/api/snapshot')).status === 410)
  })
})
