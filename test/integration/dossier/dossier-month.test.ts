import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { DossierReport, DossierReportRow, StaffDossier, StoredDossier } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'
import { receiveDossier, servedTicket } from '../../support/dossier-visit.js'
import { rowFromDays } from '../../../server/src/domain/dossier/report.js'

/**
 * A simulated month (November 2026) of a ward centre: dossiers received and refused at four counters
 * every working day, then moved at random through every status, with supplements, apologies,
 * withdrawals and returns, the clock moved from step to step. The test keeps its own ledger of what
 * it did, and the report's figures must equal counts made from that ledger and from the raw file.
 */
let now = new Date('2026-11-02T08:00:00.000+07:00')
const at = (date: string, hhmm: string) => (now = new Date(`${date}T${hhmm}:00.000+07:00`))
let app: FastifyInstance
let dataDir: string
const cookies: Record<string, string> = {}
let seed = 20261102
/** A seeded generator: the month is the same at every run. */
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)

const COUNTERS = [
  { clerk: 'clerk1', counter: 'c1', procedures: [['tu-phap-ho-tich', 'dang-ky-khai-sinh'], ['tu-phap-ho-tich', 'xac-nhan-hon-nhan'], ['chung-thuc', 'chung-thuc-hop-dong']] },
  { clerk: 'clerk3', counter: 'c3', procedures: [['dat-dai', 'dang-ky-bien-dong-dat'], ['nong-nghiep-moi-truong', 'ke-hoach-moi-truong']] },
  { clerk: 'clerk5', counter: 'c5', procedures: [['lao-dong-xa-hoi', 'tro-cap-xa-hoi'], ['van-hoa', 'thong-bao-le-hoi']] },
  { clerk: 'clerk6', counter: 'c6', procedures: [['cong-thuong', 'thanh-lap-ho-kinh-doanh'], ['van-phong', 'xac-nhan-giay-to']] },
]

/** What the test did, day by day: the facts the report is checked against. */
interface Entry {
  day: string
  kind: 'received' | 'refused-at-counter' | 'in-progress' | 'supplement-requested' | 'result-ready' | 'refused' | 'withdrawn' | 'apology' | 'returned'
  /** The due date in force after this step, as the server answered it. */
  dueDate: string
}
const ledger = new Map<string, { serviceId: string; entries: Entry[] }>()

beforeAll(async () => {
  ;({ app, dataDir } = await testApp({ clock: () => now }))
  for (const c of [...COUNTERS.map((x) => x.clerk), 'manager']) cookies[c] = await loginAs(app, c)
})
afterAll(() => app.close())

const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
const days = (from: string, to: string): string[] => {
  const out: string[] = []
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) if (d.getUTCDay() % 6 !== 0) out.push(d.toISOString().slice(0, 10))
  return out
}
const note = (code: string, e: Omit<Entry, 'day'>, day: string) => ledger.get(code)!.entries.push({ day, ...e })

async function move(day: string, code: string, body: Record<string, unknown>, kind: Entry['kind'], path = 'status') {
  const res = await call<StaffDossier>(app, 'POST', `/api/dossiers/${code}/${path}`, { cookie: cookies.clerk1!, body })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  note(code, { kind, dueDate: res.body.data.dueDate }, day)
  return res.body.data
}

/** Every open dossier may move once in the morning. */
async function moveOpen(day: string) {
  const open = (await call<StaffDossier[]>(app, 'GET', '/api/dossiers?view=open&limit=500', { cookie: cookies.clerk1! })).body.data
  // codes are random: the order of receipt keeps the month the same at every run
  open.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
  for (const d of open) {
    const r = random()
    if (d.overdue && d.apologies.length === 0 && r < 0.5) {
      const next = new Date(`${day}T00:00:00Z`)
      next.setUTCDate(next.getUTCDate() + 3)
      await move(day, d.code, { reason: 'Cần thêm thời gian xác minh', newDate: next.toISOString().slice(0, 10) }, 'apology', 'apology')
      continue
    }
    if (d.status === 'received' && r < 0.6) await move(day, d.code, { status: 'in-progress' }, 'in-progress')
    else if (d.status === 'in-progress') {
      if (r < 0.3) await move(day, d.code, { status: 'result-ready' }, 'result-ready')
      else if (r < 0.38) await move(day, d.code, { status: 'supplement-requested', note: 'Bổ sung giấy tờ' }, 'supplement-requested')
      else if (r < 0.41) await move(day, d.code, { status: 'refused', note: 'Không đủ điều kiện' }, 'refused')
      else if (r < 0.43) await move(day, d.code, { status: 'withdrawn' }, 'withdrawn')
    } else if (d.status === 'supplement-requested' && r < 0.5) await move(day, d.code, { status: 'in-progress' }, 'in-progress')
    else if (d.status === 'result-ready' && r < 0.5) await move(day, d.code, {}, 'returned', 'return')
  }
}

async function receiveSome(day: string) {
  for (const [i, hhmm] of ['09:00', '10:30', '14:00', '16:00'].entries()) {
    at(day, hhmm)
    const desk = COUNTERS[i]!
    const [serviceId, procedureId] = pick(desk.procedures)
    const ticket = await servedTicket(app, cookies[desk.clerk]!, desk.counter, serviceId!)
    const refused = random() < 0.1
    const res = await receiveDossier(app, cookies[desk.clerk]!, { ticketId: ticket.id, procedureId: procedureId!, applicantName: `Công dân ${day} ${hhmm}`, ...(refused ? { decision: 'refused' as const, reason: 'Hồ sơ không thuộc thẩm quyền' } : {}) })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    ledger.set(res.body.data.code, { serviceId: serviceId!, entries: [{ day, kind: refused ? 'refused-at-counter' : 'received', dueDate: res.body.data.dueDate }] })
  }
}

type Figures = Omit<DossierReportRow, 'key' | 'label' | 'labelEn' | 'resolvedPercent' | 'earlyPercent' | 'onTimePercent' | 'latePercent'>

/** The figures of [from, to] counted from the ledger alone. */
function fromLedger(from: string, to: string, serviceId?: string): Figures {
  const f: Figures = { received: 0, resolved: 0, early: 0, onTime: 0, late: 0, inProgress: 0, inProgressWithin: 0, inProgressOverdue: 0, resultReady: 0, apologies: 0, supplementRequested: 0, refused: 0, withdrawn: 0 }
  for (const { serviceId: s, entries } of ledger.values()) {
    if (serviceId && s !== serviceId) continue
    const inside = (e: Entry) => e.day >= from && e.day <= to
    let due = entries[0]!.dueDate
    for (const e of entries) {
      if (!inside(e)) continue
      if (e.kind === 'received') f.received++
      if (e.kind === 'refused' || e.kind === 'refused-at-counter') f.refused++
      if (e.kind === 'withdrawn') f.withdrawn++
      if (e.kind === 'apology') f.apologies++
      if (e.kind === 'supplement-requested') f.supplementRequested++
    }
    for (const e of entries) {
      if (e.kind === 'returned' && inside(e)) {
        f.resolved++
        if (e.day < due) f.early++
        else if (e.day === due) f.onTime++
        else f.late++
      }
      if (e.kind === 'in-progress' || e.kind === 'received') due = e.dueDate
    }
    if (entries[0]!.kind !== 'received') continue
    const upTo = entries.filter((e) => e.day <= to && e.kind !== 'apology')
    const last = upTo.at(-1)
    if (!last || ['returned', 'refused', 'withdrawn'].includes(last.kind)) continue
    f.inProgress++
    if (last.kind === 'result-ready') f.resultReady++
    if ((last.kind === 'received' || last.kind === 'in-progress') && last.dueDate <= to) f.inProgressOverdue++
    else f.inProgressWithin++
  }
  return f
}

const figures = (r: DossierReportRow): Figures => {
  const { key: _k, label: _l, labelEn: _e, resolvedPercent: _a, earlyPercent: _b, onTimePercent: _c, latePercent: _d, ...rest } = r
  return rest
}

describe('a simulated month', () => {
  it('gives the report figures counted independently from the ledger and the raw stored records', async () => {
    for (const day of days('2026-11-02', '2026-11-30')) {
      at(day, '08:00')
      await moveOpen(day)
      await receiveSome(day)
    }
    const kinds = new Set([...ledger.values()].flatMap((x) => x.entries.map((e) => e.kind)))
    expect([...kinds].sort()).toEqual(['apology', 'in-progress', 'received', 'refused', 'refused-at-counter', 'result-ready', 'returned', 'supplement-requested', 'withdrawn'])
    for (const [from, to] of [['2026-11-01', '2026-11-30'], ['2026-11-09', '2026-11-20'], ['2026-11-16', '2026-11-16']] as const) {
      const report = (await call<DossierReport>(app, 'GET', `/api/stats/dossiers?from=${from}&to=${to}`, { cookie: cookies.manager! })).body.data
      expect(figures(report.total), `${from}…${to}`).toEqual(fromLedger(from, to))
      for (const row of report.byService) expect(figures(row), `${row.key} ${from}…${to}`).toEqual(fromLedger(from, to, row.key))
      expect(report.byService.reduce((n, r) => n + r.received, 0)).toBe(report.total.received)
      expect(report.byProcedure.reduce((n, r) => n + r.late, 0)).toBe(report.total.late)
    }
    const month = (await call<DossierReport>(app, 'GET', '/api/stats/dossiers?from=2026-11-01&to=2026-11-30', { cookie: cookies.manager! })).body.data.total
    expect(month.received).toBeGreaterThan(60)
    expect(month.late).toBeGreaterThan(0)
    expect(month.resolvedPercent).toBe(Math.round((month.resolved / month.received) * 1000) / 10)
    // the raw file: the latest line of each code holds the dossier the ledger knows
    const stored = new Map<string, StoredDossier>()
    for (const line of (await readFile(join(dataDir, 'dossiers', 'dossiers.jsonl'), 'utf8')).trimEnd().split('\n')) for (const d of (JSON.parse(line) as { dossiers: StoredDossier[] }).dossiers) stored.set(d.code, d)
    expect([...stored.keys()].sort()).toEqual([...ledger.keys()].sort())
    const returned = [...stored.values()].filter((d) => d.status === 'returned')
    expect(returned.filter((d) => d.timeliness === 'late').length).toBe(month.late)
    expect(returned.length).toBe(month.resolved)
    expect([...stored.values()].reduce((n, d) => n + d.apologies.length, 0)).toBe(month.apologies)
  }, 120_000)

  it('exports the report as CSV and XLSX with Vietnamese headers, and the book of dossiers (Mẫu 06); managers only', async () => {
    const q = 'from=2026-11-01&to=2026-11-30'
    const total = (await call<DossierReport>(app, 'GET', `/api/stats/dossiers?${q}`, { cookie: cookies.manager! })).body.data.total
    const csv = await app.inject({ url: `/api/stats/dossiers/export.csv?${q}`, headers: { cookie: cookies.manager! } })
    expect(csv.headers['content-type']).toContain('text/csv')
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('Lĩnh vực,Tiếp nhận,Đã giải quyết,Tỷ lệ giải quyết (%),Trả trước hạn,Trước hạn (%),Trả đúng hạn,Đúng hạn (%),Trả quá hạn,Quá hạn (%),Đang giải quyết,Trong hạn,Quá hạn chưa giải quyết,Có kết quả, chờ trả,Thư xin lỗi,Yêu cầu bổ sung,Từ chối,Rút hồ sơ'.replace('Có kết quả, chờ trả', '"Có kết quả, chờ trả"'))
    expect(lines).toContain(`Tổng cộng,${total.received},${total.resolved},${total.resolvedPercent ?? ''},${total.early},${total.earlyPercent ?? ''},${total.onTime},${total.onTimePercent ?? ''},${total.late},${total.latePercent ?? ''},${total.inProgress},${total.inProgressWithin},${total.inProgressOverdue},${total.resultReady},${total.apologies},${total.supplementRequested},${total.refused},${total.withdrawn}`)
    const xlsx = await app.inject({ url: `/api/stats/dossiers/export.xlsx?${q}`, headers: { cookie: cookies.manager! } })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    expect(book.worksheets.map((w) => w.name)).toEqual(['Hồ sơ theo lĩnh vực', 'Hồ sơ theo thủ tục'])
    const byProcedure = book.getWorksheet('Hồ sơ theo thủ tục')!.getSheetValues().slice(1) as unknown[][]
    expect(byProcedure[0]!.slice(1, 3)).toEqual(['Thủ tục hành chính', 'Tiếp nhận'])
    expect(byProcedure.at(-1)!.slice(1, 3)).toEqual(['Tổng cộng', total.received])
    const so = await app.inject({ url: `/api/stats/dossiers/book.xlsx?${q}`, headers: { cookie: cookies.manager! } })
    expect(so.headers['content-disposition']).toContain('so-theo-doi-ho-so-2026-11-01-2026-11-30.xlsx')
    const sheet = new ExcelJS.Workbook()
    await sheet.xlsx.load(so.rawPayload as unknown as ArrayBuffer)
    const rows = sheet.getWorksheet('Sổ theo dõi hồ sơ')!.getSheetValues().slice(1) as unknown[][]
    expect(rows[0]!.slice(1)).toEqual(['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Số lượng hồ sơ (bộ)', 'Tên cá nhân, tổ chức', 'Địa chỉ, số điện thoại', 'Cơ quan chủ trì giải quyết', 'Ngày, giờ nhận hồ sơ', 'Ngày hẹn trả kết quả', 'Ngày, giờ trả kết quả', 'Ghi chú'])
    expect(rows).toHaveLength(total.received + 1)
    expect(rows[1]!.slice(1, 2)).toEqual([1])
    expect(rows[1]![5]).toBe('Công dân 2026-11-02 09:00')
    expect(rows[1]![8]).toBe('09:00 02/11/2026')
    expect(rows[1]![7]).toMatch(/^ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU \((Tư pháp – Hộ tịch|Chứng thực)\)$/)
    expect(rows.slice(1).filter((r) => String(r[11]).startsWith('Đã trả, quá hạn')).length).toBe(total.late)
    expect((await app.inject({ url: `/api/stats/dossiers/book.xlsx?${q}`, headers: { cookie: cookies.clerk1! } })).statusCode).toBe(403)
    expect((await app.inject({ url: `/api/stats/dossiers?${q}` })).statusCode).toBe(401)
    expect((await call(app, 'GET', '/api/stats/dossiers?from=2026-11-30&to=2026-11-01', { cookie: cookies.manager! })).body.error.code).toBe('BAD_REQUEST')
  })

  it("the month's row equals its days' rows combined (what a province reads instead of the dossiers)", async () => {
    const report = async (from: string, to: string) => (await call<DossierReport>(app, 'GET', `/api/stats/dossiers?from=${from}&to=${to}`, { cookie: cookies.manager! })).body.data.total
    const daily: DossierReportRow[] = []
    for (let d = new Date('2026-11-01T00:00:00Z'); d.toISOString() < '2026-12-01'; d.setUTCDate(d.getUTCDate() + 1)) daily.push(await report(d.toISOString().slice(0, 10), d.toISOString().slice(0, 10)))
    const month = await report('2026-11-01', '2026-11-30')
    expect(month.received).toBeGreaterThan(50)
    expect(rowFromDays(daily, daily.at(-1), { vi: 'Tổng cộng', en: 'Total' })).toEqual(month)
    // a part of the month, ending mid-month: where things stood on its last day
    expect(rowFromDays(daily.slice(9, 20), daily[19], { vi: 'Tổng cộng', en: 'Total' })).toEqual(await report('2026-11-10', '2026-11-20'))
  })
})
