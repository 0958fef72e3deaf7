import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { Printer, Settings, SlipPrinted } from '@luot/shared'
import { call, loginAs } from '../../support/test-app.js'
import { appWithKioskPrinter } from '../../support/kiosk-printer.js'
import { dashed, receiveDossier, servedTicket } from '../../support/dossier-visit.js'
import { freePort } from '../../support/server-process.js'
import type { FakePrinter } from '../printing/fake-printer.js'
import { parseEscPos } from '../printing/escpos-parse.js'
import { decodeTcvn3Lines } from '../printing/tcvn3-decode.js'

const now = new Date('2026-11-30T14:05:00+07:00')
let app: FastifyInstance
let fake: FakePrinter
let close: () => Promise<void>

beforeAll(async () => {
  let admin: string
  ;({ app, admin, fake, close } = await appWithKioskPrinter(() => now))
  const settings = (await call<{ settings: Settings }>(app, 'GET', '/api/admin/config', { cookie: admin })).body.data.settings
  const desk = (id: string, counterIds: string[], port: number): Printer => ({ id, name: `Máy in ${id}`, kioskId: id, counterIds, host: '127.0.0.1', port, paper: 80, textMode: 'tcvn3', enabled: true })
  // counter 1's desk printer is the fake one; counter 2's is off (nothing listens on its port)
  const printers = [...settings.printers.map((p) => ({ ...p, kioskId: 'k1' })), desk('quay-1', ['c1'], fake.port), desk('quay-2', ['c2'], await freePort())]
  expect((await call(app, 'PUT', '/api/admin/settings', { cookie: admin, body: { ...settings, printers } })).status).toBe(200)
})
afterAll(() => close())

describe("the appointment slip (Mẫu 01) on the counter's printer", () => {
  it("prints the form's lines and a QR code to the dossier's page on the clerk's counter printer", async () => {
    const clerk = await loginAs(app, 'clerk1')
    const ticket = await servedTicket(app, clerk, 'c1', 'tu-phap-ho-tich')
    const d = (await receiveDossier(app, clerk, { ticketId: ticket.id, procedureId: 'xac-nhan-hon-nhan', applicantName: 'Trương Thị Mỹ', applicantPhone: '0935 222 333', copies: 1, documents: ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Bản sao CCCD'] })).body.data
    const job = fake.nextJob()
    const res = await call<SlipPrinted>(app, 'POST', `/api/dossiers/${dashed(d.code)}/slip`, { cookie: clerk })
    expect(res.body.data).toEqual({ print: 'printed' })
    const items = parseEscPos(await job)
    // lines wrap at the paper's 48 columns: read the slip as one run of words
    const text = decodeTcvn3Lines(items).join(' ').replace(/\s+/g, ' ')
    for (const line of ['ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hải Châu, ngày 30 tháng 11 năm 2026', 'GIẤY TIẾP NHẬN HỒ SƠ', `Mã hồ sơ: ${dashed(d.code)}`, 'Trương Thị Mỹ', '2. Bản sao CCCD', 'Thời gian giải quyết theo quy định: 3 ngày làm việc', 'Thời gian nhận hồ sơ: 14 giờ 05 phút, ngày 30/11/2026', 'Hẹn trả kết quả: buổi chiều ngày 03/12/2026', 'Nhận kết quả tại: Trả kết quả', 'Người tiếp nhận: Nguyễn Thị Lan']) expect(text).toContain(line)
    const qr = items.find((i) => i.type === 'qr-store')
    expect(qr && Buffer.from(qr.data).toString('utf8')).toBe(`http://luot.test/d/${d.code}`)
  })

  it("answers 'failed' when the counter's printer is off, 'no-printer' without one; a counter refusal has no receipt slip", async () => {
    const clerk2 = await loginAs(app, 'clerk2')
    const ticket = await servedTicket(app, clerk2, 'c2', 'chung-thuc')
    const d = (await receiveDossier(app, clerk2, { ticketId: ticket.id, procedureId: 'chung-thuc-ban-sao' })).body.data
    expect((await call<SlipPrinted>(app, 'POST', `/api/dossiers/${d.code}/slip`, { cookie: clerk2 })).body.data).toEqual({ print: 'failed' })
    const clerk8 = await loginAs(app, 'clerk8')
    expect((await call<SlipPrinted>(app, 'POST', `/api/dossiers/${d.code}/slip`, { cookie: clerk8 })).body.data).toEqual({ print: 'no-printer' })
    const refused = (await receiveDossier(app, clerk2, { ticketId: ticket.id, procedureId: 'chung-thuc-ban-sao', decision: 'refused', reason: 'Bản chính bị tẩy xoá' })).body.data
    expect((await call(app, 'POST', `/api/dossiers/${refused.code}/slip`, { cookie: clerk2 })).body.error.code).toBe('DOSSIER_TRANSITION_INVALID')
    expect((await call(app, 'POST', `/api/dossiers/${d.code}/slip`)).status).toBe(401)
  })
})
