import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { CollectResult, CounterView, PublicDossier, StaffDossier, TrackedTicket } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'
import { dashed, receiveDossier, servedTicket } from '../../support/dossier-visit.js'

/** Monday 30 November 2026 in Đà Nẵng; the tests move the clock. */
let now = new Date('2026-11-30T09:00:00.000+07:00')
const at = (date: string, hhmm: string) => (now = new Date(`${date}T${hhmm}:00.000+07:00`))
let app: FastifyInstance
let dataDir: string
let clerk1: string
let clerk2: string
let clerk8: string

beforeAll(async () => {
  ;({ app, dataDir } = await testApp({ clock: () => now }))
  ;[clerk1, clerk2, clerk8] = await Promise.all([loginAs(app, 'clerk1'), loginAs(app, 'clerk2'), loginAs(app, 'clerk8')])
})
afterAll(() => app.close())

describe('receiving at the counter', () => {
  let code = ''
  it('receives a dossier linked to the visit: due by the half-day rule; a retried key returns it, another request under it is refused', async () => {
    at('2026-11-30', '09:00')
    const ticket = await servedTicket(app, clerk1, 'c1', 'tu-phap-ho-tich')
    const body = { ticketId: ticket.id, procedureId: 'dang-ky-khai-sinh', applicantName: 'Nguyễn Văn An', applicantPhone: '0905 123 456', externalCode: 'H12.34-261130-0001', copies: 1, documents: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'] }
    const res = await receiveDossier(app, clerk1, body, 'dossier-key-0001')
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const d = res.body.data
    code = d.code
    expect(d).toMatchObject({ status: 'received', procedureName: { vi: 'Đăng ký khai sinh' }, serviceId: 'tu-phap-ho-tich', dueDate: '2026-12-01', dueHalf: 'morning', dueAt: '2026-12-01T04:30:00.000Z', visit: { ticketId: ticket.id, number: ticket.number, counterId: 'c1', date: '2026-11-30' }, receivedBy: { kind: 'staff', id: 'clerk1', name: 'Nguyễn Thị Lan' }, overdue: false, dueSoon: true })
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{15}$/)
    expect((await receiveDossier(app, clerk1, body, 'dossier-key-0001')).body.data.code).toBe(code)
    const other = await receiveDossier(app, clerk1, { ...body, procedureId: 'dang-ky-ket-hon' }, 'dossier-key-0001')
    expect([other.status, other.body.error.code]).toEqual([409, 'IDEMPOTENCY_MISMATCH'])
    const list = (await call<StaffDossier[]>(app, 'GET', '/api/dossiers/for-ticket/' + ticket.id, { cookie: clerk1 })).body.data
    expect(list.map((x) => x.code)).toEqual([code])
  })

  it.each([
    { name: 'a ticket another clerk serves', who: 'clerk2', body: {}, status: 403, error: 'NOT_YOUR_COUNTER' },
    { name: 'an unknown procedure', who: 'clerk1', body: { procedureId: 'khong-co' }, status: 404, error: 'PROCEDURE_NOT_FOUND' },
    { name: 'an unknown ticket', who: 'clerk1', body: { ticketId: 'no-such-ticket' }, status: 404, error: 'TICKET_NOT_FOUND' },
    { name: 'a bad phone number', who: 'clerk1', body: { applicantPhone: 'abc' }, status: 400, error: 'BAD_REQUEST' },
    { name: 'a refusal without a reason', who: 'clerk1', body: { decision: 'refused' as const }, status: 400, error: 'BAD_REQUEST' },
  ])('refuses $name: $error', async ({ who, body, status, error }) => {
    const ticket = (await call<CounterView>(app, 'GET', '/api/staff/snapshot', { cookie: clerk1 })).body.data as unknown as { counters: CounterView[] }
    const current = ticket.counters.find((c) => c.id === 'c1')!.current!.ticketId
    const res = await receiveDossier(app, who === 'clerk1' ? clerk1 : clerk2, { ticketId: current, procedureId: 'dang-ky-khai-sinh', ...body })
    expect([res.status, res.body.error?.code]).toEqual([status, error])
  })

  it('staff read it by code as printed; the citizen tracks it without name, phone or staff names; staff routes need a session', async () => {
    const staff = await call<StaffDossier>(app, 'GET', `/api/dossiers/${dashed(code).toLowerCase()}`, { cookie: clerk2 })
    expect(staff.body.data.applicantName).toBe('Nguyễn Văn An')
    const pub = await app.inject({ method: 'GET', url: `/api/track/dossier/${dashed(code)}` })
    expect(pub.statusCode).toBe(200)
    expect((pub.json() as { data: PublicDossier }).data).toMatchObject({ code, status: 'received', serviceName: { vi: 'Tư pháp – Hộ tịch' }, dueDate: '2026-12-01', overdue: false })
    expect(pub.body).not.toMatch(/Nguyễn|0905|clerk1|Lan/)
    expect((await call(app, 'GET', `/api/dossiers/${code}`)).status).toBe(401)
    expect((await call(app, 'GET', '/api/dossiers')).status).toBe(401)
    expect((await call(app, 'GET', '/api/track/dossier/ZZZZZ-ZZZZZ-ZZZZZ')).body.error.code).toBe('DOSSIER_NOT_FOUND')
    expect((await call(app, 'GET', '/api/track/dossier/not-a-code')).body.error.code).toBe('DOSSIER_NOT_FOUND')
  })

  it('moves through its statuses; a move the table does not allow is refused; a supplement pauses the clock', async () => {
    const move = (status: string, note?: string) => call<StaffDossier>(app, 'POST', `/api/dossiers/${code}/status`, { cookie: clerk2, body: { status, ...(note ? { note } : {}) } })
    expect((await move('in-progress')).body.data.status).toBe('in-progress')
    expect((await move('supplement-requested')).body.error.code).toBe('BAD_REQUEST')
    at('2026-11-30', '10:00')
    const paused = (await move('supplement-requested', 'Bổ sung bản sao CCCD của cha')).body.data
    expect(paused).toMatchObject({ status: 'supplement-requested', pausedOwed: 2, supplementNote: 'Bổ sung bản sao CCCD của cha' })
    expect((await call<PublicDossier>(app, 'GET', `/api/track/dossier/${code}`)).body.data.supplementNote).toBe('Bổ sung bản sao CCCD của cha')
    expect((await move('result-ready')).body.error.code).toBe('DOSSIER_TRANSITION_INVALID')
    at('2026-12-01', '14:00')
    expect((await move('in-progress')).body.data).toMatchObject({ status: 'in-progress', dueDate: '2026-12-02', dueHalf: 'afternoon' })
    expect((await move('returned')).status).toBe(400)
    expect((await call(app, 'POST', `/api/dossiers/${code}/status`, { body: { status: 'in-progress' } })).status).toBe(401)
  })

  it('the kiosk gives no ticket before the result is ready; once ready, a ticket of the return service carrying the code, the same one when scanned again', async () => {
    const collect = () => call<CollectResult>(app, 'POST', '/api/kiosk/collect', { body: { code: dashed(code).toLowerCase(), lang: 'vi' } })
    const early = await collect()
    expect([early.status, early.body.data.ready, early.body.data.dossier.dueDate]).toEqual([200, false, '2026-12-02'])
    await call(app, 'POST', `/api/dossiers/${code}/status`, { cookie: clerk2, body: { status: 'result-ready' } })
    expect((await call<PublicDossier>(app, 'GET', `/api/track/dossier/${code}`)).body.data.collectAt).toEqual({ centre: { vi: 'Trung tâm Phục vụ hành chính công phường Hải Châu', en: 'Hải Châu Ward Public Administrative Service Centre' }, service: { vi: 'Trả kết quả', en: 'Result pick-up' } })
    const first = await collect()
    expect(first.status).toBe(201)
    if (!first.body.data.ready) throw new Error('not ready')
    expect(first.body.data.ticket).toMatchObject({ number: 'K001', service: { id: 'tra-ket-qua' } })
    const again = await collect()
    expect(again.body.data.ready && again.body.data.ticket.id).toBe(first.body.data.ticket.id)
    expect((await call(app, 'POST', '/api/kiosk/collect', { body: { code: 'ZZZZZZZZZZZZZZZ', lang: 'vi' } })).body.error.code).toBe('DOSSIER_NOT_FOUND')
  })

  it('returning it at the counter finishes the return ticket with the return outcome and records early/on time/late', async () => {
    at('2026-12-01', '15:00')
    await call(app, 'POST', '/api/counters/c8/open', { cookie: clerk8, body: {} })
    const next = await call<CounterView>(app, 'POST', '/api/counters/c8/call-next', { cookie: clerk8, body: {} })
    expect(next.status, JSON.stringify(next.body)).toBe(200)
    const ticket = next.body.data.current!
    expect((await call<StaffDossier[]>(app, 'GET', `/api/dossiers/for-ticket/${ticket.ticketId}`, { cookie: clerk8 })).body.data.map((d) => d.code)).toEqual([code])
    expect((await call(app, 'POST', `/api/dossiers/${code}/return`, { cookie: clerk1, body: { ticketId: ticket.ticketId } })).body.error.code).toBe('NOT_YOUR_COUNTER')
    const res = await call<StaffDossier>(app, 'POST', `/api/dossiers/${code}/return`, { cookie: clerk8, body: { ticketId: ticket.ticketId } })
    expect(res.body.data).toMatchObject({ status: 'returned', timeliness: 'early', returnTicket: { ticketId: ticket.ticketId, number: 'K001', counterId: 'c8' } })
    const counter = (await call<{ counters: CounterView[] }>(app, 'GET', '/api/staff/snapshot', { cookie: clerk8 })).body.data.counters.find((c) => c.id === 'c8')!
    expect(counter.current).toBeUndefined()
    const again = await call(app, 'POST', `/api/dossiers/${code}/return`, { cookie: clerk8, body: { ticketId: ticket.ticketId } })
    expect([again.status, again.body.error.code]).toEqual([409, 'DOSSIER_TRANSITION_INVALID'])
    const tracked = (await call<CollectResult>(app, 'POST', '/api/kiosk/collect', { body: { code, lang: 'vi' } })).body.data
    expect(tracked).toMatchObject({ ready: false, dossier: { status: 'returned' } })
  })
})

describe('late dossiers, lists and apologies', () => {
  it('lists overdue and due-soon views; apologises only for a late one, with a later date', async () => {
    at('2026-12-02', '09:30')
    const t = await servedTicket(app, clerk1, 'c1', 'chung-thuc')
    const soon = (await receiveDossier(app, clerk1, { ticketId: t.id, procedureId: 'chung-thuc-ban-sao' })).body.data
    const later = (await receiveDossier(app, clerk1, { ticketId: t.id, procedureId: 'chung-thuc-hop-dong', applicantName: 'Lê Thị Cúc' })).body.data
    expect(soon).toMatchObject({ dueDate: '2026-12-02', dueHalf: 'afternoon' })
    const sorry = (newDate: string) => call<StaffDossier>(app, 'POST', `/api/dossiers/${later.code}/apology`, { cookie: clerk1, body: { reason: 'Cần xác minh thêm', newDate } })
    expect((await sorry('2026-12-10')).body.error.code).toBe('DOSSIER_NOT_LATE')
    at('2026-12-03', '08:00')
    const overdue = (await call<StaffDossier[]>(app, 'GET', '/api/dossiers?view=overdue', { cookie: clerk1 })).body.data
    expect(overdue.map((d) => d.code)).toEqual([soon.code])
    const dueSoon = (await call<StaffDossier[]>(app, 'GET', '/api/dossiers?view=due-soon', { cookie: clerk1 })).body.data
    expect(dueSoon.map((d) => d.code)).toEqual([later.code])
    expect((await call<StaffDossier[]>(app, 'GET', '/api/dossiers?view=all&q=le thi cuc', { cookie: clerk1 })).body.data.map((d) => d.code)).toEqual([later.code])
    expect((await call(app, 'GET', '/api/dossiers?view=late', { cookie: clerk1 })).status).toBe(400)
    expect((await sorry('2026-12-04')).body.error.code).toBe('BAD_REQUEST')
    const done = await sorry('2026-12-08')
    expect(done.body.data.apologies).toMatchObject([{ reason: 'Cần xác minh thêm', newDate: '2026-12-08', by: { id: 'clerk1' } }])
    expect((await call<PublicDossier>(app, 'GET', `/api/track/dossier/${later.code}`)).body.data.apology).toEqual({ reason: 'Cần xác minh thêm', newDate: '2026-12-08' })
  })

  it('a refusal at the counter is stored as refused with its reason', async () => {
    const t = await servedTicket(app, clerk2, 'c2', 'chung-thuc')
    const res = await receiveDossier(app, clerk2, { ticketId: t.id, procedureId: 'chung-thuc-chu-ky', decision: 'refused', reason: 'Giấy tờ không thuộc thẩm quyền chứng thực' })
    expect(res.body.data).toMatchObject({ status: 'refused', refusalReason: 'Giấy tờ không thuộc thẩm quyền chứng thực' })
  })
})

describe('the procedure catalogue', () => {
  it('clerks read it; only admins change it; bad input gets its code', async () => {
    const admin = await loginAs(app, 'admin')
    const list = (await call<{ id: string }[]>(app, 'GET', '/api/procedures', { cookie: clerk1 })).body.data
    expect(list.length).toBeGreaterThanOrEqual(10)
    expect((await call(app, 'GET', '/api/procedures')).status).toBe(401)
    const body = { name: { vi: 'Đăng ký giám hộ', en: 'Guardianship registration' }, serviceId: 'tu-phap-ho-tich', processing: { amount: 3, unit: 'working-days' } }
    expect((await call(app, 'POST', '/api/procedures', { cookie: clerk1, body })).status).toBe(403)
    const made = await call<{ id: string; active: boolean }>(app, 'POST', '/api/procedures', { cookie: admin, body })
    expect([made.status, made.body.data]).toEqual([201, { ...body, id: 'dang-ky-giam-ho', active: true }])
    expect((await call(app, 'POST', '/api/procedures', { cookie: admin, body: { ...body, id: 'dang-ky-giam-ho' } })).body.error.code).toBe('CONFLICT')
    expect((await call(app, 'POST', '/api/procedures', { cookie: admin, body: { ...body, serviceId: 'khong-co' } })).body.error.code).toBe('SERVICE_NOT_FOUND')
    expect((await call(app, 'POST', '/api/procedures', { cookie: admin, body: { ...body, processing: { amount: 0.3, unit: 'working-days' } } })).status).toBe(400)
    expect((await call(app, 'PUT', '/api/procedures/khong-co', { cookie: admin, body })).body.error.code).toBe('PROCEDURE_NOT_FOUND')
    const retired = await call(app, 'PUT', '/api/procedures/dang-ky-giam-ho', { cookie: admin, body: { ...body, active: false } })
    expect(retired.body.data).toMatchObject({ id: 'dang-ky-giam-ho', active: false })
    const t = await servedTicket(app, clerk1, 'c1', 'tu-phap-ho-tich')
    expect((await receiveDossier(app, clerk1, { ticketId: t.id, procedureId: 'dang-ky-giam-ho' })).body.error.code).toBe('PROCEDURE_INACTIVE')
  })

  it('imports a CSV list all or none', async () => {
    const admin = await loginAs(app, 'admin')
    const post = (csv: string) => app.inject({ method: 'POST', url: '/api/procedures/import', headers: { cookie: admin, 'content-type': 'text/csv' }, payload: csv })
    const before = (await call<unknown[]>(app, 'GET', '/api/procedures', { cookie: admin })).body.data.length
    const bad = await post('code,name,name_en,service_id,amount,unit\n9.9,Thủ tục A,,chung-thuc,1,ngày\n9.8,Thủ tục B,,dat-dai-x,1,ngày\n')
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ error: { code: 'PROCEDURE_IMPORT_INVALID', details: expect.stringContaining('line 3') } })
    expect((await call<unknown[]>(app, 'GET', '/api/procedures', { cookie: admin })).body.data.length).toBe(before)
    const good = await post('\uFEFFcode;name;name_en;service_id;amount;unit\r\n9.9;Thủ tục A;;chung-thuc;1;ngày\r\n2.000815;Chứng thực bản sao từ bản chính;Certified copy;chung-thuc;0,5;ngày\r\n')
    expect(good.json()).toEqual({ ok: true, data: { added: 1, updated: 1, total: before + 1 } })
    expect((await app.inject({ method: 'POST', url: '/api/procedures/import', headers: { cookie: clerk1, 'content-type': 'text/csv' }, payload: 'x' })).statusCode).toBe(403)
  })
})

describe('durability and settings', () => {
  it('the return ticket keeps its dossier code across a restart (journal record format 2); turning dossiers off refuses the counter and the kiosk', async () => {
    const ready = (await call<StaffDossier[]>(app, 'GET', '/api/dossiers?view=all', { cookie: clerk1 })).body.data.find((d) => d.procedureId === 'chung-thuc-ban-sao')!
    await call(app, 'POST', `/api/dossiers/${ready.code}/status`, { cookie: clerk1, body: { status: 'result-ready' } })
    const got = (await call<CollectResult>(app, 'POST', '/api/kiosk/collect', { body: { code: ready.code, lang: 'vi' } })).body.data
    if (!got.ready) throw new Error('not ready')
    await app.close()
    ;({ app } = await testApp({ clock: () => now, dataDir }))
    clerk1 = await loginAs(app, 'clerk1')
    const list = (await call<StaffDossier[]>(app, 'GET', `/api/dossiers/for-ticket/${got.ticket.id}`, { cookie: clerk1 })).body.data
    expect(list.map((d) => d.code)).toEqual([ready.code])
    expect((await call<TrackedTicket>(app, 'GET', `/api/tickets/${got.ticket.trackingCode}`)).body.data.number).toBe(got.ticket.number)
    const admin = await loginAs(app, 'admin')
    const settings = (await call<{ dossiers: Record<string, unknown> }>(app, 'GET', '/api/admin/config', { cookie: admin })).body.data as unknown as { settings: Record<string, unknown> & { dossiers: Record<string, unknown> } }
    const bad = await call(app, 'PUT', '/api/admin/settings', { cookie: admin, body: { ...settings.settings, dossiers: { ...settings.settings.dossiers, returnServiceId: 'khong-co' } } })
    expect(bad.status).toBe(400)
    const off = await call(app, 'PUT', '/api/admin/settings', { cookie: admin, body: { ...settings.settings, dossiers: { ...settings.settings.dossiers, enabled: false } } })
    expect(off.status, JSON.stringify(off.body)).toBe(200)
    expect((await call(app, 'POST', '/api/kiosk/collect', { body: { code: ready.code, lang: 'vi' } })).body.error.code).toBe('DOSSIERS_OFF')
    expect((await call(app, 'GET', `/api/track/dossier/${ready.code}`)).body.error.code).toBe('DOSSIERS_OFF')
    expect((await call(app, 'GET', `/api/dossiers/${ready.code}`, { cookie: clerk1 })).status).toBe(200)
  })
})
