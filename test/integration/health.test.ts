import type { FastifyInstance } from 'fastify'
import type { Alert, Printer, Settings, SystemHealth } from '@luot/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeBackup } from '../../server/src/backup/backup.js'
import { call, loginAs } from '../support/test-app.js'
import { io as connect } from 'socket.io-client'
import { startFakePrinter, STATUS_OK } from './printing/fake-printer.js'
import { closeAll, connected, listeningApp, socketClient, type TestClient } from '../support/socket-client.js'

// Tuesday 1 December 2026, 09:00 in Hồ Chí Minh City: inside the demo centre's morning session.
let now = new Date('2026-12-01T02:00:00Z')
const advance = (seconds: number): void => void (now = new Date(now.getTime() + seconds * 1000))
const at = (iso: string): void => void (now = new Date(iso))

let app: FastifyInstance
let url: string
let manager: string
const clients: TestClient[] = []

/** A real socket.io client with that handshake `auth`, as the apps' connect() sends it. */
function identified(auth: Record<string, unknown>, headers: Record<string, string> = {}): TestClient {
  const c: TestClient = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: headers, auth })
  clients.push(c)
  return c
}

/** A real socket.io client that says what screen it is; its clock is `aheadMs` off the server's. */
async function screen(auth: Record<string, unknown>, aheadMs = 0, headers: Record<string, string> = {}): Promise<TestClient> {
  const c = identified(auth.kind === undefined ? auth : { ...auth, clock: now.getTime() + aheadMs }, headers)
  await connected(c)
  return c
}

async function health(cookie = manager): Promise<SystemHealth> {
  const r = await call<SystemHealth>(app, 'GET', '/api/admin/health', { cookie })
  expect(r.status).toBe(200)
  return r.body.data
}

async function managerAlerts(kind: Alert['kind']): Promise<Alert[]> {
  const got: Alert[] = []
  const c = await screen({ kind: 'console' }, 0, { cookie: manager })
  c.on('alert', (a) => a.kind === kind && got.push(a))
  return got
}

const find = (h: SystemHealth, kind: string, id?: string) => h.screens.find((s) => s.kind === kind && s.id === id)
/** Runs the periodic checks now; the alerts of that kind they sent (naming `about`, when given). */
const checkAlerts = async (kind: Alert['kind'], about = '') => (await app.luot.health.check()).filter((a) => a.kind === kind && a.messageEn.includes(about))

beforeAll(async () => {
  ;({ app, url } = await listeningApp({ clock: () => now, health: { silenceMs: 120_000, everyMs: 3_600_000, diskMinMb: 1 } }))
  manager = await loginAs(app, 'manager')
})
afterAll(() => closeAll(app, clients))

describe('screens identify themselves', () => {
  it('lists each kind of screen with its id, connection time and clock; visitors are counted', async () => {
    await screen({ kind: 'kiosk', id: 'k1', device: 'a1b2c3d4e5f60718' }, 45_000)
    await screen({ kind: 'board', device: 'b1b2c3d4e5f60718' }, 1_000)
    await screen({ kind: 'counter', id: '3', device: 'c1b2c3d4e5f60718' })
    await screen({ kind: 'pad', id: '3', device: 'd1b2c3d4e5f60718' }, -2_000)
    await screen({ kind: 'phone' })
    await screen({ kind: 'widget' })
    clients.push(socketClient(url)) // an app from before screens said what they are
    await connected(clients.at(-1)!)

    const h = await health()
    expect(h.serverTime).toBe(now.toISOString())
    expect(find(h, 'kiosk', 'k1')).toMatchObject({ online: true, address: '127.0.0.1', connectedSince: now.toISOString(), lastSeen: now.toISOString(), clockAheadMs: 45_000 })
    expect(find(h, 'board')).toMatchObject({ online: true, clockAheadMs: 1_000, device: 'b1b2c3d4e5f60718' })
    expect(find(h, 'counter', '3')).toMatchObject({ online: true, clockAheadMs: 0 })
    expect(find(h, 'pad', '3')).toMatchObject({ online: true, clockAheadMs: -2_000 })
    expect(find(h, 'unknown')).toMatchObject({ online: true })
    expect(find(h, 'unknown')?.clockAheadMs).toBeUndefined()
    expect(h.screens.some((s) => s.kind === 'phone' || s.kind === 'widget')).toBe(false)
    expect(h.visitorsOnline).toBe(2)
    expect(h.clockLimitMs).toBe(30_000)
    expect(h.screensScope).toBe('server')
    // the only clock over the limit is the kiosk's
    expect(h.screens.filter((s) => Math.abs(s.clockAheadMs ?? 0) > h.clockLimitMs).map((s) => s.kind)).toEqual(['kiosk'])
  })

  it('refuses a handshake with junk in it, with a stable code', async () => {
    for (const auth of [{ kind: 'toaster' }, { kind: 'kiosk', id: 'K 1!' }, { kind: 'board', colour: 'red' }, { kind: 'board', device: 'not-hex' }]) {
      const c = identified(auth)
      const err = (await connected(c).then(() => null, (e: unknown) => e)) as { message: string; data?: { code: string; messageEn: string } } | null
      expect(err?.message).toBe('BAD_HANDSHAKE')
      expect(err?.data).toMatchObject({ code: 'BAD_HANDSHAKE', messageEn: 'The screen identified itself wrongly when connecting.' })
    }
  })

  it('takes the latest clock from screen:seen, and refreshes the last sighting on traffic', async () => {
    const board = await screen({ kind: 'board', device: 'e1b2c3d4e5f60718' }, 50_000)
    advance(20)
    board.emit('screen:seen', { clock: now.getTime() + 500 })
    await expect.poll(async () => (await health()).screens.find((s) => s.device === 'e1b2c3d4e5f60718')?.clockAheadMs).toBe(500)
    expect((await health()).screens.find((s) => s.device === 'e1b2c3d4e5f60718')?.lastSeen).toBe(now.toISOString())
    board.close()
  })

  it('names a screen behind a trusted proxy by the client the proxy names', async () => {
    const proxied = await listeningApp({ trustProxy: ['127.0.0.1'] })
    try {
      const c: TestClient = connect(proxied.url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { 'x-forwarded-for': '10.0.0.23' }, auth: { kind: 'board' } })
      clients.push(c)
      await connected(c)
      expect((await proxied.app.luot.health.report()).screens.map((s) => s.address)).toEqual(['10.0.0.23'])
    } finally {
      await proxied.app.close()
    }
  })

  it('is for managers and admins only', async () => {
    expect((await call(app, 'GET', '/api/admin/health')).status).toBe(401)
    expect((await call(app, 'GET', '/api/admin/health', { cookie: await loginAs(app, 'clerk1') })).status).toBe(403)
    expect((await call(app, 'GET', '/api/admin/health', { cookie: await loginAs(app, 'admin') })).status).toBe(200)
  })
})

describe('silent screens during opening hours', () => {
  it('tells managers once when a kiosk that was online stays gone past the limit, and forgets it when it is back', async () => {
    at('2026-12-01T02:10:00Z') // 09:10
    const alerts = await managerAlerts('screen')
    const kiosk = await screen({ kind: 'kiosk', id: 'k2', device: 'f1b2c3d4e5f60718' })
    kiosk.close()
    await expect.poll(async () => find(await health(), 'kiosk', 'k2')?.online).toBe(false)
    advance(60)
    expect(await checkAlerts('screen', 'k2')).toEqual([])
    advance(61)
    const sent = await checkAlerts('screen', 'k2')
    expect(sent).toHaveLength(1)
    expect(sent[0]!.message).toBe('Máy lấy số k2 (127.0.0.1) mất kết nối 2 phút trong giờ làm việc.')
    await expect.poll(() => alerts.filter((a) => a.message.includes('k2')).length).toBe(1)
    expect(alerts.find((a) => a.message.includes('k2'))).toMatchObject({ kind: 'screen', messageEn: 'Kiosk k2 (127.0.0.1) has been silent for 2 min during opening hours.' })
    advance(60)
    expect(await checkAlerts('screen')).toEqual([]) // once per silence
    const h = await health()
    expect(find(h, 'kiosk', 'k2')).toMatchObject({ online: false, lastSeen: '2026-12-01T02:10:00.000Z' })

    const again = await screen({ kind: 'kiosk', id: 'k2', device: 'f1b2c3d4e5f60718' })
    const back = (await health()).screens.filter((s) => s.kind === 'kiosk' && s.id === 'k2')
    expect(back).toEqual([expect.objectContaining({ online: true, connectedSince: now.toISOString() })])
    again.close()
  })

  it('does not count the lunch break: a board gone at 11:40 is reported two minutes after the 13:00 opening', async () => {
    at('2026-12-01T04:40:00Z') // 11:40, between the sessions
    const board = await screen({ kind: 'board', device: '0a0b0c0d0e0f0102' })
    board.close()
    await expect.poll(async () => (await health()).screens.find((s) => s.device === '0a0b0c0d0e0f0102')?.online).toBe(false)
    advance(30 * 60)
    expect(await checkAlerts('screen')).toEqual([])
    at('2026-12-01T06:00:30Z') // 13:00:30: the afternoon opened half a minute ago
    expect(await checkAlerts('screen')).toEqual([])
    advance(89)
    expect(await checkAlerts('screen', '0a0b0c')).toEqual([])
    advance(2) // 13:02:01
    expect((await checkAlerts('screen', '0a0b0c')).map((a) => a.messageEn)).toEqual(['Hall board (0a0b0c) (127.0.0.1) has been silent for 82 min during opening hours.'])
  })

  it('never alerts for consoles, phones or old clients that leave', async () => {
    at('2026-12-01T07:00:00Z') // 14:00
    for (const auth of [{ kind: 'console', device: '1a0b0c0d0e0f0102' }, { kind: 'phone' }, {}]) (await screen(auth)).close()
    advance(600)
    expect(await checkAlerts('screen')).toEqual([])
  })
})

describe('disk, printers and backups', () => {
  it('reports free space in the data folder and alerts once when it drops below the threshold', async () => {
    const h = await health()
    expect(h.disk).toMatchObject({ minFreeBytes: 1024 * 1024, low: false })
    expect(h.disk!.freeBytes).toBeGreaterThan(1024 * 1024)
    expect(h.disk!.totalBytes).toBeGreaterThanOrEqual(h.disk!.freeBytes)

    // a threshold above the disk's actual free space; the periodic check (every 50 ms here) finds it
    const full = await listeningApp({ health: { diskMinMb: Math.ceil(h.disk!.totalBytes / 1024 / 1024) + 1, everyMs: 50 } })
    try {
      // the alert went out before any manager was connected: a manager who signs in later finds it in the recent alerts
      const cookie = await loginAs(full.app, 'manager')
      const diskAlerts = async () => (await call<Alert[]>(full.app, 'GET', '/api/alerts', { cookie })).body.data.filter((a) => a.kind === 'disk')
      await expect.poll(async () => (await diskAlerts()).length).toBe(1)
      expect((await diskAlerts())[0]!.message).toMatch(/^Ổ đĩa chứa dữ liệu chỉ còn \d+ MB trống \(ngưỡng \d+ MB\)/)
      await new Promise((r) => setTimeout(r, 300)) // several more checks: still one alert
      expect(await diskAlerts()).toHaveLength(1)
      expect((await full.app.luot.health.check()).filter((a) => a.kind === 'disk')).toEqual([])
      expect((await full.app.luot.health.report()).disk?.low).toBe(true)
    } finally {
      await full.app.close()
    }
  })

  it("lists every enabled printer: 'unknown' until it is asked, then what it answered", async () => {
    const printerStandIn = await startFakePrinter('normal', { ...STATUS_OK, paper: 0x12 | 0x0c }) // paper near its end
    try {
      const admin = await loginAs(app, 'admin')
      const settings = (await call<{ settings: Settings }>(app, 'GET', '/api/admin/config', { cookie: admin })).body.data.settings
      const printers: Printer[] = [
        { id: 'p1', name: 'Máy in kiosk sảnh', kioskId: 'k1', host: '127.0.0.1', port: printerStandIn.port, paper: 80, textMode: 'raster', enabled: true },
        { id: 'p2', name: 'Máy in dự phòng', kioskId: 'k2', host: '127.0.0.1', port: 9, paper: 80, textMode: 'raster', enabled: false },
      ]
      expect((await call(app, 'PUT', '/api/admin/settings', { cookie: admin, body: { ...settings, printers } })).status).toBe(200)
      expect((await health()).printers).toEqual([{ printerId: 'p1', name: 'Máy in kiosk sảnh', address: `127.0.0.1:${printerStandIn.port}`, condition: 'unknown', status: null }])
      await app.luot.printerWatch!.checkAll()
      expect((await health()).printers).toEqual([{ printerId: 'p1', name: 'Máy in kiosk sảnh', address: `127.0.0.1:${printerStandIn.port}`, condition: 'paper-near-end', status: { online: true, coverOpen: false, paperNearEnd: true, paperOut: false }, at: now.toISOString() }])
    } finally {
      await printerStandIn.close()
    }
  })

  it('shows the newest archive, one written by `npm run backup` too, and this process’s last run', async () => {
    const before = await health()
    expect(before.backup).toMatchObject({ enabled: true })
    expect(before.backup.newest).toBeUndefined()
    const dataDir = app.luot.backup!.dir.replace(/\/backups$/, '')
    const written = await writeBackup(dataDir, app.luot.backup!.dir, new Date('2026-12-01T03:00:00Z')) // what `npm run backup -- <dir>` does
    expect((await health()).backup.newest?.file).toBe(written.file)
    const run = await app.luot.backup!.runNow()
    expect(run.ok).toBe(true)
    const after = (await health()).backup
    expect(after.last).toMatchObject({ ok: true, at: now.toISOString() })
    expect(after.newest?.file).toBe(after.last?.file)
  })
})
