import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { Compile } from 'typebox/compile'
import { PrinterLastStatus, type Alert, type Centre, type IssuedTicket, type Printer, type Settings, type TrackedTicket } from '@luot/shared'
import { call, loginAs, testApp } from '../support/test-app.js'
import { closeAll, connected, emitAck, listeningApp, nextEvent, socketClient, type TestClient } from '../support/socket-client.js'
import { closedPort, startFakePrinter, STATUS_OK, type FakePrinter, type StatusBytes } from './printing/fake-printer.js'

// Status bytes from the ESC/POS reference (DLE EOT 1, 2, 4), as test/integration/printing/printer-status.test.ts decodes them.
const NEAR_END: StatusBytes = { ...STATUS_OK, paper: 0x12 | 0x0c }
const PAPER_OUT: StatusBytes = { printer: 0x12 | 0x08, offline: 0x12 | 0x20, paper: 0x12 | 0x0c | 0x60 }
const COVER_OPEN: StatusBytes = { printer: 0x12 | 0x08, offline: 0x12 | 0x04, paper: 0x12 }
const OFFLINE: StatusBytes = { ...STATUS_OK, printer: 0x12 | 0x08 }
const NOT_A_STATUS: StatusBytes = { ...STATUS_OK, paper: 0x41 }

let app: FastifyInstance
let url: string
let admin: string
let manager: TestClient
const clients: TestClient[] = []
const fakes: FakePrinter[] = []

const printer = (id: string, kioskId: string, port: number): Printer => ({ id, name: `Máy in ${id}`, kioskId, host: '127.0.0.1', port, paper: 80, textMode: 'tcvn3', enabled: true })

async function setPrinters(target: FastifyInstance, cookie: string, printers: Printer[]): Promise<void> {
  const config = (await call<{ settings: Settings }>(target, 'GET', '/api/admin/config', { cookie })).body.data
  expect((await call(target, 'PUT', '/api/admin/settings', { cookie, body: { ...config.settings, printers } })).status).toBe(200)
}

async function fake(status: StatusBytes): Promise<FakePrinter> {
  const f = await startFakePrinter('normal', status)
  fakes.push(f)
  return f
}

async function managerClient(target: FastifyInstance, at: string): Promise<TestClient> {
  const c = socketClient(at, { cookie: await loginAs(target, 'manager') })
  clients.push(c)
  const snapshot = nextEvent(c, 'queue:snapshot')
  await connected(c)
  await snapshot
  return c
}

const take = (kioskId: string) => call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai', kioskId } })
const lastStatus = Compile(PrinterLastStatus)
/** A printer's last status as the health page reads it, checked against the shared schema it is shown with. */
function statusOf(id: string): PrinterLastStatus | undefined {
  const all = app.luot.printerWatch!.statuses()
  for (const s of all) expect(lastStatus.Check(s)).toBe(true)
  return all.find((s) => s.printerId === id)
}

beforeAll(async () => {
  ;({ app, url } = await listeningApp())
  admin = await loginAs(app, 'admin')
  manager = await managerClient(app, url)
})
afterEach(async () => {
  for (const f of fakes.splice(0)) await f.close()
})
afterAll(() => closeAll(app, clients))

describe('before each ticket the kiosk’s printer is asked its status (DLE EOT)', () => {
  it('paper near its end: the ticket prints, and managers are told once, naming the printer', async () => {
    const near = await fake(NEAR_END)
    await setPrinters(app, admin, [printer('gan-het', 'k1', near.port)])
    const alert = nextEvent(manager, 'alert')
    const job = near.nextJob()
    const res = await take('k1')
    expect(res.body.data.print).toBe('printed')
    expect((await job).length).toBeGreaterThan(100)
    expect(await alert).toMatchObject({ kind: 'printer', message: `“Máy in gan-het” (127.0.0.1:${near.port}): sắp hết giấy; phiếu vẫn được in, hãy thay cuộn giấy sớm.`, messageEn: expect.stringContaining('the paper is near its end') })
    // a second ticket in the same condition tells nobody again: the next alert is the paper put back
    expect((await take('k1')).body.data.print).toBe('printed')
    near.setStatus(STATUS_OK)
    const next = nextEvent(manager, 'alert')
    expect((await take('k1')).body.data.print).toBe('printed')
    expect((await next).message).toBe(`“Máy in gan-het” (127.0.0.1:${near.port}) đã hoạt động bình thường trở lại.`)
    expect(near.jobs).toHaveLength(3)
    expect(near.seen.statusChecks).toBe(3)
  })

  it('paper out: no byte of the ticket reaches the printer, the kiosk is told the print failed over HTTP and socket, the ticket is kept', async () => {
    const out = await fake(PAPER_OUT)
    await setPrinters(app, admin, [printer('het-giay', 'k2', out.port)])
    const alert = nextEvent(manager, 'alert')
    const res = await take('k2')
    expect(res.status).toBe(201)
    expect(res.body.data.print).toBe('failed')
    const got = await alert
    expect(got.message).toBe(`“Máy in het-giay” (127.0.0.1:${out.port}): hết giấy; phiếu không được in mà hiện trên màn hình ki-ốt để công dân chụp lại, hãy thay cuộn giấy.`)
    expect(got.messageEn).toBe(`“Máy in het-giay” (127.0.0.1:${out.port}): out of paper; tickets are not printed but shown on the kiosk screen for citizens to photograph, replace the roll.`)

    const kiosk = socketClient(url)
    clients.push(kiosk)
    await connected(kiosk)
    const viaSocket = await emitAck<IssuedTicket>(kiosk, 'ticket:take', { serviceId: 'dat-dai', kioskId: 'k2', idempotencyKey: 'het-giay-socket-1' })
    expect(viaSocket.ok && viaSocket.data.print).toBe('failed')

    expect(out.jobs).toHaveLength(0)
    expect(out.seen).toEqual({ statusChecks: 2, otherBytes: 0 })
    const tracked = await call<TrackedTicket>(app, 'GET', `/api/tickets/${res.body.data.trackingCode}`)
    expect(tracked.body.data).toMatchObject({ number: res.body.data.number, status: 'waiting' })
    expect(statusOf('het-giay')).toMatchObject({ name: 'Máy in het-giay', condition: 'paper-out', status: { paperOut: true }, address: `127.0.0.1:${out.port}` })
    expect(statusOf('het-giay')!.error).toBeUndefined()
  })

  it.each([
    ['cover open', COVER_OPEN, 'cover-open', 'nắp máy in đang mở', 'the cover is open'],
    ['offline', OFFLINE, 'offline', 'máy in báo đang ngoại tuyến', 'reports it is offline'],
  ] as const)('%s: nothing is sent, the print failed, managers are told the cause', async (_name, bytes, condition, vi, en) => {
    const p = await fake(bytes)
    await setPrinters(app, admin, [printer('may-in-3', '*', p.port)])
    const alert = nextEvent(manager, 'alert')
    expect((await take('k3')).body.data.print).toBe('failed')
    expect(await alert).toMatchObject({ message: expect.stringMatching(new RegExp(`^“Máy in may-in-3” \\(127\\.0\\.0\\.1:${p.port}\\): ${vi}`)), messageEn: expect.stringContaining(en) })
    expect(p.seen).toEqual({ statusChecks: 1, otherBytes: 0 })
    expect(statusOf('may-in-3')).toMatchObject({ condition, status: expect.any(Object) })
  })

  it('nothing listening at the address: offline, with the reason PRINTER_UNREACHABLE', async () => {
    const port = await closedPort()
    await setPrinters(app, admin, [printer('tat-may', 'k4', port)])
    const alert = nextEvent(manager, 'alert')
    expect((await take('k4')).body.data.print).toBe('failed')
    expect((await alert).message).toBe(`“Máy in tat-may” (127.0.0.1:${port}): không kết nối được (máy tắt, rút dây mạng hoặc sai địa chỉ?); phiếu hiện trên màn hình ki-ốt thay vì in ra.`)
    expect(statusOf('tat-may')).toMatchObject({ condition: 'offline', status: null, error: 'PRINTER_UNREACHABLE' })
  })

  it('a printer without DLE EOT support still prints; its status is unknown, said once', async () => {
    const mute = await fake(NOT_A_STATUS)
    await setPrinters(app, admin, [printer('khong-bao', 'k5', mute.port)])
    const alert = nextEvent(manager, 'alert')
    const job = mute.nextJob()
    expect((await take('k5')).body.data.print).toBe('printed')
    await job
    expect((await alert).messageEn).toBe(`“Máy in khong-bao” (127.0.0.1:${mute.port}): cannot report its status (no DLE EOT support); tickets still print, but there will be no warning before the paper runs out.`)
    expect(statusOf('khong-bao')).toMatchObject({ condition: 'unknown', status: null, error: 'PRINTER_NO_STATUS' })
  })

  it('a printer that takes the connection but answers nothing in time: unknown, and the ticket is still sent (and fails as before)', async () => {
    const stuck = await startFakePrinter('silent')
    fakes.push(stuck)
    await setPrinters(app, admin, [printer('im-lang', 'k7', stuck.port)])
    const alerts: Alert[] = []
    const collect = (a: Alert) => alerts.push(a)
    manager.on('alert', collect)
    try {
      expect((await take('k7')).body.data.print).toBe('failed')
      await expect.poll(() => alerts.length).toBe(2)
    } finally {
      manager.off('alert', collect)
    }
    expect(alerts[0]!.messageEn).toBe(`“Máy in im-lang” (127.0.0.1:${stuck.port}): does not answer when asked its status; tickets are still sent to it but may not come out.`)
    // the job was sent and timed out: the failure names the ticket, as for any failed print
    expect(alerts[1]!.messageEn).toMatch(/could not print ticket \d+: the printer took the connection but did not finish in time/)
    expect(statusOf('im-lang')).toMatchObject({ condition: 'unknown', status: null, error: 'PRINTER_TIMEOUT' })
  })

  it('recovery: paper put back is the last status, tickets print again, and /metrics shows the condition', async () => {
    const p = await fake(PAPER_OUT)
    await setPrinters(app, admin, [printer('thay-giay', 'k6', p.port)])
    const out = nextEvent(manager, 'alert')
    expect((await take('k6')).body.data.print).toBe('failed')
    await out
    const metrics = async () => (await app.inject({ method: 'GET', url: '/metrics' })).body
    expect(await metrics()).toContain('luot_printer_condition{printer="thay-giay",condition="paper-out"} 1')
    p.setStatus(STATUS_OK)
    const back = nextEvent(manager, 'alert')
    await app.luot.printerWatch!.tick()
    expect((await back).messageEn).toBe(`“Máy in thay-giay” (127.0.0.1:${p.port}) is working normally again.`)
    expect(statusOf('thay-giay')).toMatchObject({ condition: 'ok', status: { online: true, paperOut: false, paperNearEnd: false, coverOpen: false } })
    expect(await metrics()).toContain('luot_printer_condition{printer="thay-giay",condition="paper-out"} 0')
    const job = p.nextJob()
    expect((await take('k6')).body.data.print).toBe('printed')
    await job
  })
})

describe('every minute while the centre is open', () => {
  const OPEN = new Date('2026-12-01T02:00:00Z') // 09:00 in Hà Nội, a Tuesday
  const CLOSED = new Date('2026-12-01T13:00:00Z') // 20:00
  let now = CLOSED
  let own: { app: FastifyInstance; url: string } | undefined

  afterAll(() => own?.app.close())

  it('asks and alerts while open, never while closed', async () => {
    own = await listeningApp({ clock: () => now, printerCheckMs: 40 })
    const ownAdmin = await loginAs(own.app, 'admin')
    const centre = (await call<{ centre: Centre }>(own.app, 'GET', '/api/admin/config', { cookie: ownAdmin })).body.data.centre
    const morning = [{ start: '07:30', end: '11:30' }]
    const hours = { enforce: true, weekdays: [[], morning, morning, morning, morning, morning, []] }
    expect((await call(own.app, 'PUT', '/api/admin/centre', { cookie: ownAdmin, body: { ...centre, timeZone: 'Asia/Ho_Chi_Minh', openingHours: hours } })).status).toBe(200)
    const out = await fake(PAPER_OUT)
    await setPrinters(own.app, ownAdmin, [printer('dinh-ky', '*', out.port)])
    const watcher = await managerClient(own.app, own.url)
    const alerts: Alert[] = []
    watcher.on('alert', (a) => alerts.push(a))

    expect(await own.app.luot.printerWatch!.tick()).toEqual([])
    await new Promise((r) => setTimeout(r, 300)) // several periods of the 40 ms timer, all while closed
    expect(out.seen.statusChecks).toBe(0)
    expect(alerts).toEqual([])

    now = OPEN
    const first = await nextEvent(watcher, 'alert')
    expect(first.message).toContain('“Máy in dinh-ky”')
    expect(first.message).toContain('hết giấy')
    await new Promise((r) => setTimeout(r, 200)) // more periods: asked again, told once
    expect(out.seen.statusChecks).toBeGreaterThan(1)
    expect(alerts).toHaveLength(1)
    expect(own.app.luot.printerWatch!.statuses()).toMatchObject([{ printerId: 'dinh-ky', condition: 'paper-out', at: OPEN.toISOString() }])
  })
})

describe('once the server listens', () => {
  it('asks every printer at once, so the health page knows them before the first ticket', async () => {
    const { app: fresh } = await testApp()
    try {
      const freshAdmin = await loginAs(fresh, 'admin')
      const out = await fake(PAPER_OUT)
      await setPrinters(fresh, freshAdmin, [printer('khi-mo', '*', out.port)])
      expect(fresh.luot.printerWatch!.statuses()).toEqual([])
      await fresh.listen({ port: 0, host: '127.0.0.1' })
      await expect.poll(() => fresh.luot.printerWatch!.statuses()).toMatchObject([{ printerId: 'khi-mo', condition: 'paper-out' }])
      const alerts = await call<Alert[]>(fresh, 'GET', '/api/alerts', { cookie: await loginAs(fresh, 'manager') })
      expect(alerts.body.data[0]!.message).toContain('“Máy in khi-mo”')
    } finally {
      await fresh.close()
    }
  })
})
