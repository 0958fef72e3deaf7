import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { io as connectSocket, type Socket } from 'socket.io-client'
import type { ProvinceLive } from '@luot/shared'
import { ApiClient } from '../../support/api-client.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../../support/postgres.js'
import { provinceClient, startProvince, type TestProvince } from '../../support/province.js'

/** Polls `fn` until it holds, for up to `ms`. */
async function eventually(fn: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await fn())) {
    if (Date.now() > end) throw new Error('not within time')
    await new Promise((r) => setTimeout(r, 100))
  }
}

/**
 * Two province processes (two instances on one database, each with its own connections, as two
 * processes have): a kiosk that went silent on one is listed as down on the other's dashboard too,
 * and is down nowhere once it is back, on whichever process.
 */
describe.skipIf(skipPostgres())('screens down, as every process sees them', () => {
  let pg: TestPostgres
  const provinces: TestProvince[] = []
  const sockets: Socket[] = []

  beforeAll(async () => {
    pg = await testPostgres()
    const url = await pg.newDatabase()
    for (let i = 0; i < 2; i++) provinces.push(await startProvince(url, { screensEveryMs: 200, centreOptions: { health: { silenceMs: 300 } } }))
    const admin = await provinceClient(provinces[0]!.base, 'admin')
    expect((await admin.post('/api/province/centres', { slug: 'xa-a', name: 'Trung tâm Phục vụ hành chính công xã A' })).status).toBe(200)
    await eventually(async () => (await new ApiClient(`${provinces[1]!.base}/c/xa-a`).get('/api/snapshot')).status === 200)
  }, 120_000)
  afterAll(async () => {
    for (const s of sockets) s.close()
    for (const p of provinces) await p.close()
    await pg?.close()
  }, 60_000)

  const kiosk = (p: TestProvince): Promise<Socket> => {
    const s = connectSocket(p.base, { path: '/c/xa-a/socket.io', transports: ['websocket'], forceNew: true, reconnection: false, auth: { kind: 'kiosk', id: 'sanh-1', device: 'a1b2c3d4e5f60718' } })
    sockets.push(s)
    return new Promise((resolve, reject) => {
      s.once('connect', () => resolve(s))
      s.once('connect_error', reject)
    })
  }
  const downOn = async (p: TestProvince): Promise<string[]> => {
    const live = (await (await provinceClient(p.base, 'manager')).get<ProvinceLive>('/api/province/live')).body.data
    return live.centres.find((c) => c.slug === 'xa-a')!.screensDown
  }

  it('a kiosk silent on the first process is down on both dashboards', async () => {
    const s = await kiosk(provinces[0]!)
    expect(await downOn(provinces[1]!)).toEqual([])
    s.disconnect()
    for (const p of provinces) await eventually(async () => JSON.stringify(await downOn(p)) === JSON.stringify(['Máy lấy số sanh-1']))
  })

  it('back on the other process, it is down nowhere', async () => {
    await kiosk(provinces[1]!)
    for (const p of provinces) await eventually(async () => (await downOn(p)).length === 0)
  })
})
