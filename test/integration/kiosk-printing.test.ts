import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { io as connect } from 'socket.io-client'
import type { Alert, IssuedTicket, Printer, Settings, TrackedTicket } from '@luot/shared'
import { call, loginAs, testApp } from '../support/test-app.js'
import { closedPort, startFakePrinter, type FakePrinter } from './printing/fake-printer.js'
import { parseEscPos } from './printing/escpos-parse.js'
import { decodeTcvn3Lines } from './printing/tcvn3-decode.js'

let app: FastifyInstance
let admin: string
let fake: FakePrinter

async function setPrinters(printers: Printer[]): Promise<void> {
  const config = (await call<{ settings: Settings }>(app, 'GET', '/api/admin/config', { cookie: admin })).body.data
  const res = await call(app, 'PUT', '/api/admin/settings', { cookie: admin, body: { ...config.settings, printers } })
  expect(res.status).toBe(200)
}

const printer = (id: string, kioskId: string, port: number): Printer => ({ id, name: `Máy in ${id}`, kioskId, host: '127.0.0.1', port, paper: 80, textMode: 'tcvn3', enabled: true })

beforeAll(async () => {
  ;({ app } = await testApp())
  admin = await loginAs(app, 'admin')
  fake = await startFakePrinter()
})
afterAll(async () => {
  await fake.close()
  await app.close()
})

describe('tickets on the kiosk printer', () => {
  it('prints the issued ticket on the kiosk’s printer: number, Vietnamese service name and the QR with the tracking URL', async () => {
    await setPrinters([printer('p1', 'k1', fake.port)])
    const job = fake.nextJob()
    const res = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'lao-dong-xa-hoi', kioskId: 'k1' } })
    expect(res.status).toBe(201)
    expect(res.body.data.print).toBe('printed')
    const items = parseEscPos(await job)
    const text = decodeTcvn3Lines(items).join('\n')
    expect(text).toContain('4001')
    expect(text).toContain('Lao động - Thương binh và Xã hội')
    const qr = items.find((i) => i.type === 'qr-store')
    expect(qr && Buffer.from(qr.data).toString('utf8')).toBe(res.body.data.trackingUrl)
  })

  it('a printer that is off never loses the ticket: it is issued, trackable, and the manager is warned', async () => {
    // listening first: the printers are asked once the server listens, and this test wants the ticket's own check to find p2 off
    const url = await app.listen({ port: 0, host: '127.0.0.1' }).then(() => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`)
    const closedAt = await closedPort()
    await setPrinters([printer('p2', '*', closedAt)])
    const manager = connect(url, { transports: ['websocket'], forceNew: true, extraHeaders: { cookie: await loginAs(app, 'manager') } })
    await new Promise((r) => manager.once('queue:snapshot', r))
    const alert = new Promise<Alert>((resolve) => manager.once('alert', resolve))
    const res = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai', kioskId: 'k9' } })
    expect(res.status).toBe(201)
    expect(res.body.data.print).toBe('failed')
    const got = await alert
    expect(got.kind).toBe('printer')
    // the printer named once, with the cause (asked its status before the ticket: nothing answered)
    expect(got.message).toBe(`“Máy in p2” (127.0.0.1:${closedAt}): không kết nối được (máy tắt, rút dây mạng hoặc sai địa chỉ?); phiếu hiện trên màn hình ki-ốt thay vì in ra.`)
    expect(got.messageEn).toBe(`“Máy in p2” (127.0.0.1:${closedAt}): cannot be reached (off, unplugged or wrong address?); tickets are shown on the kiosk screen instead of printed.`)
    const later = await call<Alert[]>(app, 'GET', '/api/alerts', { cookie: await loginAs(app, 'manager') })
    expect(later.body.data[0]).toMatchObject({ kind: 'printer', message: got.message })
    const tracked = await call<TrackedTicket>(app, 'GET', `/api/tickets/${res.body.data.trackingCode}`)
    expect(tracked.body.data).toMatchObject({ number: res.body.data.number, status: 'waiting' })
    manager.close()
  })
})

describe('POST /api/admin/printers/:id/test', () => {
  it('prints a test ticket on that printer, and says why when it cannot', async () => {
    await setPrinters([printer('p3', 'k3', fake.port), printer('p4', 'k4', await closedPort())])
    const job = fake.nextJob()
    const ok = await call<{ printed: boolean; message: string }>(app, 'POST', '/api/admin/printers/p3/test', { cookie: admin, body: {} })
    expect(ok.body.data).toMatchObject({ printed: true, message: expect.stringContaining('“Máy in p3”') })
    const text = decodeTcvn3Lines(parseEscPos(await job)).join('\n')
    expect(text).toContain('In thử')
    const refused = await call<{ printed: boolean; cause: string; message: string }>(app, 'POST', '/api/admin/printers/p4/test', { cookie: admin, body: {} })
    expect(refused.body.data).toMatchObject({ printed: false, cause: 'refused', message: expect.stringMatching(/^“Máy in p4” \(127\.0\.0\.1:\d+\) không in được phiếu in thử: máy in từ chối kết nối\.$/) })
    expect((await call(app, 'POST', '/api/admin/printers/nope/test', { cookie: admin, body: {} })).body.error.code).toBe('NOT_FOUND')
    expect((await call(app, 'POST', '/api/admin/printers/p3/test', { cookie: await loginAs(app, 'manager'), body: {} })).status).toBe(403)
  })
})
