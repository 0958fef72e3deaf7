import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CentreCreated, CounterView, DossierReport, IssuedTicket, ProvinceReport, StaffDossier } from '@luot/shared'
import { ApiClient } from '../../support/api-client.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../../support/postgres.js'
import { centreClient, provinceClient, startProvince, type TestProvince } from '../../support/province.js'
import { takeTicket } from '../../support/pg-servers.js'

let now = new Date('2026-11-02T08:00:00.000+07:00')
const at = (date: string, hhmm: string) => (now = new Date(`${date}T${hhmm}:00.000+07:00`))
const SERVICE = 'tu-phap-ho-tich'

/**
 * Dossiers received, moved and returned over three working days at a centre of a province: the
 * province's report gives the centre's own dossier figures, reading for the closed days only the
 * rows each day's roll-over stored (`luot_dossier_days`), never the dossiers.
 */
describe.skipIf(skipPostgres())("the province's dossier figures come from each closed day's stored row and today's live one", () => {
  let pg: TestPostgres
  let province: TestProvince
  let clerk: ApiClient
  let manager: ApiClient
  const codes: string[] = []

  beforeAll(async () => {
    pg = await testPostgres()
    province = await startProvince(await pg.newDatabase(), { clock: () => now, centreOptions: { clock: () => now } })
    const admin = await provinceClient(province.base, 'admin')
    const made = (await admin.post<CentreCreated>('/api/province/centres', { slug: 'phuong-hai-chau', name: 'Trung tâm Phục vụ hành chính công phường Hải Châu', commune: 'Phường Hải Châu' })).body.data
    const centreAdmin = await centreClient(province.base, 'phuong-hai-chau', 'admin', made.admin.password)
    expect((await centreAdmin.post('/api/admin/users', { username: 'lan', displayName: 'Nguyễn Thị Lan', role: 'manager', counterId: 'c1', active: true, password: 'lan-pass-1234' })).status).toBe(201)
    expect((await centreAdmin.post('/api/procedures', { id: 'khai-sinh', name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, serviceId: SERVICE, processing: { amount: 1, unit: 'working-days' } })).status).toBe(201)
    clerk = await centreClient(province.base, 'phuong-hai-chau', 'lan', 'lan-pass-1234')
    manager = await provinceClient(province.base, 'manager')
  }, 120_000)
  afterAll(async () => {
    await province?.close()
    await pg?.close()
  }, 60_000)

  /** A walk-in called at counter 1, and a dossier received for it. */
  async function receive(): Promise<string> {
    const ticket = (await takeTicket(`${province.base}/c/phuong-hai-chau`, SERVICE)).ticket as IssuedTicket
    const opened = await clerk.post<CounterView>('/api/counters/c1/open')
    if (opened.body.data?.current) await clerk.post('/api/counters/c1/finish', { outcome: 'khac' })
    expect((await clerk.post<CounterView>('/api/counters/c1/call-next')).body.data.current?.ticketId).toBe(ticket.id)
    const r = await clerk.post<StaffDossier>('/api/dossiers', { ticketId: ticket.id, procedureId: 'khai-sinh', lang: 'vi', decision: 'received' })
    expect(r.status).toBe(201)
    return r.body.data.code
  }
  const service = () => province.app.province.centre('phuong-hai-chau')!.handle.service
  /** Moves the clock to the next morning and rolls the centre's day over, as its timer would. */
  async function nextDay(date: string): Promise<void> {
    at(date, '07:30')
    await service().tick()
    for (let i = 0; i < 50 && (await province.app.province.shared.pool.query('SELECT 1 FROM luot_dossier_days WHERE day < $1', [date])).rowCount === 0; i++) await new Promise((r) => setTimeout(r, 50))
  }

  it('three days of dossiers: the report for them equals the centre’s own, and the closed days were stored as rows', async () => {
    at('2026-11-02', '08:00')
    for (let i = 0; i < 4; i++) codes.push(await receive())
    await nextDay('2026-11-03')
    at('2026-11-03', '09:00')
    expect((await clerk.post(`/api/dossiers/${codes[0]}/status`, { status: 'result-ready' })).status).toBe(200)
    expect((await clerk.post(`/api/dossiers/${codes[0]}/return`, {})).status).toBe(200)
    expect((await clerk.post(`/api/dossiers/${codes[1]}/status`, { status: 'withdrawn', note: 'Công dân rút hồ sơ' })).status).toBe(200)
    codes.push(await receive())
    await nextDay('2026-11-04')
    at('2026-11-04', '15:00')
    expect((await clerk.post(`/api/dossiers/${codes[2]}/status`, { status: 'result-ready' })).status).toBe(200)
    expect((await clerk.post(`/api/dossiers/${codes[2]}/return`, {})).status).toBe(200)

    const { rows } = await province.app.province.shared.pool.query("SELECT to_char(day, 'YYYY-MM-DD') AS d FROM luot_dossier_days WHERE centre = 'phuong-hai-chau' ORDER BY day")
    expect(rows.map((r) => r.d)).toEqual(['2026-11-02', '2026-11-03'])
    const own = new ApiClient(`${province.base}/c/phuong-hai-chau`)
    own.cookie = clerk.cookie
    for (const [from, to] of [['2026-11-02', '2026-11-04'], ['2026-11-02', '2026-11-03'], ['2026-11-03', '2026-11-03'], ['2026-11-01', '2026-11-30']]) {
      const centre = (await own.get<DossierReport>(`/api/stats/dossiers?from=${from}&to=${to}`)).body.data.total
      const fromProvince = (await manager.get<ProvinceReport>(`/api/province/report?from=${from}&to=${to}`)).body.data
      expect([from, to, fromProvince.centres[0]!.dossiers]).toEqual([from, to, centre])
      expect(fromProvince.total.dossiers).toMatchObject({ received: centre.received, resolved: centre.resolved, inProgress: centre.inProgress })
    }
    const all = (await manager.get<ProvinceReport>('/api/province/report?from=2026-11-02&to=2026-11-04')).body.data.centres[0]!.dossiers
    expect(all).toMatchObject({ received: 5, resolved: 2, withdrawn: 1, inProgress: 2 })
  })

  it("a closed day's stored row is what the province reads: changing it changes the report (no dossier is read for it)", async () => {
    await province.app.province.shared.pool.query("UPDATE luot_dossier_days SET body = jsonb_set(body::jsonb, '{received}', '104')::json WHERE centre = 'phuong-hai-chau' AND day = '2026-11-02'")
    const report = (await manager.get<ProvinceReport>('/api/province/report?from=2026-11-02&to=2026-11-03')).body.data
    expect(report.centres[0]!.dossiers.received).toBe(105)
  })
})
