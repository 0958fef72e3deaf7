import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import ExcelJS from 'exceljs'
import { io as connectIo, type Socket } from 'socket.io-client'
import type { Alert, AuditEntry, IssuedTicket, RatingNote, ServerToClientEvents, StatsResult } from '@luot/shared'
import { startWaitAlerts } from '../../server/src/realtime/wait-alerts.js'
import { call, loginAs, testApp } from '../support/test-app.js'

const DAY = '2026-11-23'
let now = new Date(`${DAY}T02:00:00.000Z`) // 09:00 in Hồ Chí Minh City
const advance = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000))
let app: FastifyInstance
let manager: string
let clerk: string
const range = `from=${DAY}&to=${DAY}`

async function raw(url: string, cookie?: string) {
  const res = await app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} })
  return { status: res.statusCode, headers: res.headers, body: res.rawPayload }
}

async function issue(serviceId: string): Promise<IssuedTicket> {
  return (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId } })).body.data
}

async function counter(action: string, body: unknown = {}) {
  const res = await call(app, 'POST', `/api/counters/c1/${action}`, { cookie: clerk, body })
  expect(res.body, `${action}: ${JSON.stringify(res.body.error)}`).toMatchObject({ ok: true })
}

beforeAll(async () => {
  ;({ app } = await testApp({ clock: () => now }))
  manager = await loginAs(app, 'manager')
  clerk = await loginAs(app, 'clerk1')
  // A served and rated ticket (waited 90 s, served 300 s), then a no-show called out of turn.
  const a = await issue('tu-phap-ho-tich')
  const b = await issue('tu-phap-ho-tich')
  await counter('open')
  advance(90)
  await counter('call-next')
  await counter('start')
  advance(300)
  await counter('finish', { outcome: 'tiep-nhan' })
  expect((await call(app, 'POST', `/api/tickets/${a.trackingCode}/rating`, { body: { value: 5, comment: 'Cán bộ hướng dẫn tận tình, "rất rõ"' } })).status).toBe(200)
  await counter('call', { ticketId: b.id, reason: 'Người cao tuổi, đi lại khó khăn' })
  await counter('recall')
  await counter('skip')
})
afterAll(() => app.close())

describe('GET /api/stats/export.csv', () => {
  it('is the stats report as UTF-8 CSV with a BOM, CRLF lines and Vietnamese headers', async () => {
    const res = await raw(`/api/stats/export.csv?${range}&groupBy=service`, manager)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toBe(`attachment; filename="luot-thong-ke-service-${DAY}-${DAY}.csv"`)
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = res.body.subarray(3).toString('utf8')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = text.trimEnd().split('\r\n').map((l) => l.split(','))
    const header = lines[0]!
    expect(header.slice(0, 4)).toEqual(['Lĩnh vực', 'Số phiếu cấp', 'Đã phục vụ', 'Vắng mặt'])
    const row = Object.fromEntries(header.map((h, i) => [h, lines.find((l) => l[0] === 'Tư pháp – Hộ tịch')![i]]))
    expect(row).toMatchObject({
      'Số phiếu cấp': '2',
      'Đã phục vụ': '1',
      'Vắng mặt': '1',
      'Thời gian chờ TB (giây)': '240',
      'Thời gian chờ p90 (giây)': '391',
      'Thời gian phục vụ TB (giây)': '300',
      'Số lượt đánh giá': '1',
      'Tỷ lệ hài lòng (%)': '100',
      'Đánh giá: Rất hài lòng (5)': '1',
      'Kết quả: Tiếp nhận hồ sơ': '1',
    })
    expect(lines[lines.findIndex((l) => l[0] === '') - 1]![0]).toBe('Tổng cộng')
  })

  it('ends with the comments section', async () => {
    const text = (await raw(`/api/stats/export.csv?${range}`, manager)).body.toString('utf8')
    const lines = text.trimEnd().split('\r\n')
    const at = lines.indexOf('Góp ý và đánh giá chưa hài lòng')
    expect(lines[at - 1]).toBe('')
    expect(lines[at + 1]).toMatch(/^Thời điểm đánh giá,Ngày giao dịch,Số phiếu,/)
    expect(lines[at + 2]).toContain(',Rất hài lòng,,"Cán bộ hướng dẫn tận tình, ""rất rõ""",Điện thoại')
  })

  it('groups by the query, like /api/stats', async () => {
    const text = (await raw(`/api/stats/export.csv?${range}&groupBy=clerk`, manager)).body.toString('utf8')
    // a clerk issues no tickets: "Số phiếu cấp" is left out rather than shown as 0
    expect(text.split('\r\n')[1]).toMatch(/^Nguyễn Thị Lan,1,1,/)
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFCán bộ,Đã phục vụ,/)
  })

  it.each([
    { who: 'nobody', cookie: undefined, status: 401, code: 'UNAUTHENTICATED' },
    { who: 'a clerk', cookie: () => clerk, status: 403, code: 'FORBIDDEN' },
  ])('refuses $who with $status', async ({ cookie, status, code }) => {
    const res = await raw(`/api/stats/export.csv?${range}`, cookie?.())
    expect(res.status).toBe(status)
    expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({ ok: false, error: { code } })
  })

  it('refuses a bad range with a readable 400', async () => {
    const res = await call(app, 'GET', `/api/stats/export.csv?from=2026-11-24&to=${DAY}`, { cookie: manager })
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' })
    expect((await call(app, 'GET', '/api/stats/export.csv?from=23/11/2026&to=x', { cookie: manager })).status).toBe(400)
  })
})

describe('GET /api/stats/export.xlsx', () => {
  it('is a workbook Excel libraries read: the report and the audit trail, diacritics intact', async () => {
    const res = await raw(`/api/stats/export.xlsx?${range}&groupBy=service`, manager)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.body as unknown as ArrayBuffer)
    expect(book.worksheets.map((w) => w.name)).toEqual(['Thống kê', 'Góp ý', 'Nhật ký', 'Đặt lịch'])
    const notes = (book.getWorksheet('Góp ý')!.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1))
    expect(notes).toEqual([[expect.stringMatching(/23\/11\/2026$/), DAY, '2001', 'Tư pháp – Hộ tịch', 'Quầy 1', 'Nguyễn Thị Lan', 'Rất hài lòng', undefined, 'Cán bộ hướng dẫn tận tình, "rất rõ"', 'Điện thoại']])
    const stats = book.getWorksheet('Thống kê')!
    const header = (stats.getRow(1).values as unknown[]).slice(1)
    expect(header[0]).toBe('Lĩnh vực')
    const rows = stats.getSheetValues().slice(2) as unknown[][]
    const tp = rows.find((r) => r?.[1] === 'Tư pháp – Hộ tịch')!.slice(1)
    const cell = (name: string) => tp[header.indexOf(name)]
    expect(cell('Đã phục vụ')).toBe(1)
    expect(cell('Thời gian chờ TB (giây)')).toBe(240)
    expect(cell('Thời gian phục vụ TB (giây)')).toBe(300)
    expect(cell('Tỷ lệ hài lòng (%)')).toBe(100)
    expect(stats.getCell('A1').font?.bold).toBe(true)
    expect(stats.getCell('B2').font?.bold).toBeFalsy()
    const audit = (book.getWorksheet('Nhật ký')!.getSheetValues().slice(2) as unknown[][]).map((r) => r.slice(1))
    expect(audit).toEqual([
      ['09:06:30 23/11/2026', 'Gọi không theo thứ tự', '2002', 'Quầy 1', 'Nguyễn Thị Lan', 'Người cao tuổi, đi lại khó khăn'],
      ['09:06:30 23/11/2026', 'Vắng mặt (bỏ qua)', '2002', 'Quầy 1', 'Nguyễn Thị Lan', undefined, 'Đã gọi lại 1 lần trước khi bỏ qua'],
    ])
  })
})

describe('GET /api/ratings/notes', () => {
  it('lists low ratings and comments for managers only', async () => {
    const res = await call<RatingNote[]>(app, 'GET', `/api/ratings/notes?${range}`, { cookie: manager })
    expect(res.body.data).toEqual([expect.objectContaining({ date: DAY, number: '2001', value: 5, comment: 'Cán bộ hướng dẫn tận tình, "rất rõ"', counterId: 'c1', clerkId: 'clerk1' })])
    expect((await call(app, 'GET', `/api/ratings/notes?${range}`, { cookie: clerk })).status).toBe(403)
  })
})

describe('GET /api/audit', () => {
  it('lists out-of-turn calls and skips of the range for managers', async () => {
    const res = await call<AuditEntry[]>(app, 'GET', `/api/audit?${range}`, { cookie: manager })
    expect(res.body.data.map((e) => [e.action, e.number, e.counterId, e.clerkId])).toEqual([
      ['call-out-of-turn', '2002', 'c1', 'clerk1'],
      ['skip', '2002', 'c1', 'clerk1'],
    ])
    expect(res.body.data[0]!.reason).toBe('Người cao tuổi, đi lại khó khăn')
    expect((await call(app, 'GET', '/api/audit?from=2026-11-01&to=2026-11-02', { cookie: manager })).body.data).toEqual([])
    expect((await call(app, 'GET', `/api/audit?${range}`, { cookie: clerk })).status).toBe(403)
    expect((await call(app, 'GET', '/api/audit?from=2026-11-24&to=2026-11-23', { cookie: manager })).status).toBe(400)
  })

  it('matches what /api/stats counts', async () => {
    const stats = (await call<StatsResult>(app, 'GET', `/api/stats?${range}`, { cookie: manager })).body.data
    expect(stats.total).toMatchObject({ served: 1, noShow: 1 })
  })
})

describe('wait-target alerts', () => {
  let url: string
  const sockets: Socket<ServerToClientEvents>[] = []
  beforeAll(async () => {
    url = await app.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(() => sockets.forEach((s) => s.close()))

  async function listen(cookie: string, kind: Alert['kind'] = 'wait-target'): Promise<Alert[]> {
    const s: Socket<ServerToClientEvents> = connectIo(url, { transports: ['websocket'], extraHeaders: { cookie }, forceNew: true })
    sockets.push(s)
    const got: Alert[] = []
    s.on('alert', (a) => a.kind === kind && got.push(a))
    await new Promise<void>((resolve) => s.once('queue:snapshot', () => resolve()))
    return got
  }

  it('tells managers, and only managers, once per ticket past its target, on its own timer', async () => {
    const managerAlerts = await listen(manager)
    const clerkAlerts = await listen(clerk)
    const late = await issue('dat-dai') // target 20 min
    advance(10 * 60)
    const early = await issue('chung-thuc')
    const alerts = startWaitAlerts(app.luot.io, app.luot.service, { clock: () => now, everyMs: 40 })
    try {
      await new Promise((r) => setTimeout(r, 200))
      expect(managerAlerts).toEqual([])
      advance(10 * 60 + 1)
      await expect.poll(() => managerAlerts.length).toBe(1)
      await new Promise((r) => setTimeout(r, 300)) // several more checks: still one alert
      expect(managerAlerts).toHaveLength(1)
      expect(managerAlerts[0]).toMatchObject({ kind: 'wait-target', message: `Phiếu ${late.number} (Đất đai) đã chờ 20 phút, quá mục tiêu 20 phút.` })
      expect(managerAlerts[0]!.messageEn).toContain(late.number)
      expect(clerkAlerts).toEqual([])
      const targets = () => alerts.check().filter((a) => a.kind === 'wait-target').map((a) => a.message)
      expect(targets()).toEqual([])
      advance(20 * 60)
      expect(targets()).toEqual([expect.stringContaining(`Phiếu ${early.number} (Chứng thực)`)])
    } finally {
      alerts.stop()
    }
  })

  it('tells managers once when citizens wait for a service with no counter open', async () => {
    const got = await listen(manager, 'no-counter-open')
    const alerts = startWaitAlerts(app.luot.io, app.luot.service, { clock: () => now, everyMs: 60_000 })
    try {
      alerts.check()
      const before = got.length
      await issue('van-hoa')
      const snap = app.luot.service.publicSnapshot().services.find((s) => s.id === 'van-hoa')!
      expect(snap.openCounterNumbers).toEqual([])
      expect(snap.estimatedWaitMinutes).toBeNull()
      const first = alerts.check().filter((a) => a.kind === 'no-counter-open' && a.message.includes('Văn hóa'))
      expect(first).toHaveLength(1)
      expect(first[0]!.message).toMatch(/^\d+ công dân đang chờ lĩnh vực Văn hóa nhưng chưa có quầy nào mở \(quầy [\d, ]+\)\.$/)
      expect(alerts.check().filter((a) => a.kind === 'no-counter-open' && a.message.includes('Văn hóa'))).toEqual([])
      await expect.poll(() => got.length).toBe(before + 1)
    } finally {
      alerts.stop()
    }
  })
})
