import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CentreCreated, CentreEntry, CentreImported, ProvinceTemplate } from '@luot/shared'
import { takeTicket } from '../../support/pg-servers.js'
import { ApiClient } from '../../support/api-client.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../../support/postgres.js'
import { centreClient, PROVINCE_PASSWORDS, provinceClient, startProvince, type TestProvince } from '../../support/province.js'

const CSV = `slug,name,nameEn,kind,district,formerDistrict,commune
xa-hoa-vang,"Trung tâm Phục vụ hành chính công xã Hòa Vang",Hoa Vang Commune Centre,commune,Cụm phía Tây,Huyện Hòa Vang,Xã Hòa Vang
phuong-son-tra,Trung tâm Phục vụ hành chính công phường Sơn Trà,,commune,Cụm phía Đông,Quận Sơn Trà,Phường Sơn Trà
`

describe.skipIf(skipPostgres())('a province: centres created, served at /c/{slug}/, archived, deleted', () => {
  let pg: TestPostgres
  let province: TestProvince
  let admin: ApiClient
  let haiChau: CentreCreated
  /** The centre admins' passwords, shown once by the import. */
  const passwords = new Map<string, string>()

  beforeAll(async () => {
    pg = await testPostgres()
    province = await startProvince(await pg.newDatabase())
    admin = await provinceClient(province.base, 'admin')
  }, 120_000)
  afterAll(async () => {
    await province?.close()
    await pg?.close()
  }, 60_000)

  it('creates a centre from the template by one call; it serves its own kiosk API and its admin signs in with the password shown once', async () => {
    const r = await admin.post<CentreCreated>('/api/province/centres', { slug: 'phuong-hai-chau', name: 'Trung tâm Phục vụ hành chính công phường Hải Châu', district: 'Cụm trung tâm', formerDistrict: 'Quận Hải Châu', commune: 'Phường Hải Châu' })
    expect(r.status).toBe(200)
    haiChau = r.body.data
    expect(haiChau.centre).toMatchObject({ slug: 'phuong-hai-chau', state: 'active', kind: 'commune', formerDistrict: 'Quận Hải Châu' })
    expect(haiChau.admin.password.length).toBeGreaterThanOrEqual(12)
    const template = (await admin.get<ProvinceTemplate>('/api/province/template')).body.data
    const kiosk = new ApiClient(`${province.base}/c/phuong-hai-chau`)
    const snapshot = (await kiosk.get<{ services: { id: string }[]; centre: { name: string } }>('/api/snapshot')).body.data
    expect(snapshot.services.map((s) => s.id)).toEqual(template.services.filter((s) => s.active).map((s) => s.id))
    const ticket = await takeTicket(`${province.base}/c/phuong-hai-chau`, template.services[0]!.id)
    expect(ticket.status).toBe(201)
    expect(ticket.ticket!.trackingUrl).toContain('http://luot.test/c/phuong-hai-chau/t/')
    const staff = await centreClient(province.base, 'phuong-hai-chau', 'admin', haiChau.admin.password)
    expect((await staff.get('/api/admin/config')).status).toBe(200)
    expect(staff.cookie).toMatch(/^luot_session=/)
  })

  it('creates a batch from CSV, all or none: a bad line creates nothing and is named', async () => {
    const bad = await admin.post('/api/province/centres/import', { csv: `${CSV}Bad Slug,Tên\nphuong-son-tra,again\n` })
    expect(bad.status).toBe(400)
    expect(bad.body.error.code).toBe('CENTRE_IMPORT_INVALID')
    expect((bad.body.error as { details?: string }).details).toMatch(/line 4[\s\S]*line 5/)
    expect((await admin.get<CentreEntry[]>('/api/province/centres')).body.data.map((c) => c.slug)).toEqual(['phuong-hai-chau'])
    const taken = await admin.post('/api/province/centres/import', { csv: `${CSV}phuong-hai-chau,Trùng\n` })
    expect(taken.body.error.code).toBe('CENTRE_EXISTS')
    expect((await admin.get<CentreEntry[]>('/api/province/centres')).body.data).toHaveLength(1)
    const ok = await admin.post<CentreImported>('/api/province/centres/import', { csv: CSV })
    expect(ok.status).toBe(200)
    expect(ok.body.data.created.map((c) => c.centre.slug)).toEqual(['xa-hoa-vang', 'phuong-son-tra'])
    for (const c of ok.body.data.created) passwords.set(c.centre.slug, c.admin.password)
    expect(ok.body.data.created[1]!.centre.nameEn).toBe('Trung tâm Phục vụ hành chính công phường Sơn Trà')
    expect((await new ApiClient(`${province.base}/c/xa-hoa-vang`).get('/api/snapshot')).status).toBe(200)
  })

  it('refuses to delete a centre with data, archives it instead (its URLs answer CENTRE_ARCHIVED), restores it; deletes an empty one', async () => {
    const del = await admin.request('DELETE', '/api/province/centres/phuong-hai-chau')
    expect(del.status).toBe(409)
    expect(del.body.error.code).toBe('CENTRE_HAS_DATA')
    expect((await admin.post<CentreEntry>('/api/province/centres/phuong-hai-chau/archive')).body.data).toMatchObject({ state: 'archived' })
    const gone = await new ApiClient(`${province.base}/c/phuong-hai-chau`).get('/api/snapshot')
    expect([gone.status, gone.body.error.code]).toEqual([410, 'CENTRE_ARCHIVED'])
    expect((await admin.post('/api/province/centres/phuong-hai-chau/restore')).status).toBe(200)
    // its day is still there: the ticket taken before the archive
    const snap = (await new ApiClient(`${province.base}/c/phuong-hai-chau`).get<{ services: { issuedToday: number }[] }>('/api/snapshot')).body.data
    expect(snap.services.reduce((a, s) => a + s.issuedToday, 0)).toBe(1)
    expect((await admin.request('DELETE', '/api/province/centres/phuong-son-tra')).status).toBe(200)
    const none = await new ApiClient(`${province.base}/c/phuong-son-tra`).get('/api/snapshot')
    expect([none.status, none.body.error.code]).toEqual([404, 'CENTRE_NOT_FOUND'])
  })

  it("the process's /metrics has its memory once; each centre's /c/{slug}/metrics its own queue figures", async () => {
    const host = await (await fetch(`${province.base}/metrics`)).text()
    expect(host).toMatch(/^process_resident_memory_bytes \d+/m)
    expect((await takeTicket(`${province.base}/c/xa-hoa-vang`, 'tu-phap-ho-tich')).status).toBe(201)
    const centre = await (await fetch(`${province.base}/c/xa-hoa-vang/metrics`)).text()
    expect(centre).toMatch(/^luot_tickets_issued_total\{service="tu-phap-ho-tich",channel="kiosk"\} 1$/m)
    expect(await (await fetch(`${province.base}/c/phuong-hai-chau/metrics`)).text()).not.toContain('service="tu-phap-ho-tich",channel="kiosk"')
    expect(centre).not.toContain('process_resident_memory_bytes')
  })

  it('a province manager reads but may not create, archive or change the template', async () => {
    const manager = await provinceClient(province.base, 'manager')
    expect((await manager.get('/api/province/centres')).status).toBe(200)
    expect((await manager.post('/api/province/centres', { slug: 'xa-moi', name: 'Xã Mới' })).body.error.code).toBe('FORBIDDEN')
    expect((await manager.post('/api/province/centres/xa-hoa-vang/archive')).body.error.code).toBe('FORBIDDEN')
    expect((await manager.post('/api/province/template/from-centre/xa-hoa-vang')).body.error.code).toBe('FORBIDDEN')
    expect((await new ApiClient(province.base).get('/api/province/centres')).body.error.code).toBe('UNAUTHENTICATED')
  })

  it("a province account changes its password: its sessions end at once, the old password no longer signs in", async () => {
    const manager = await provinceClient(province.base, 'manager')
    const other = await provinceClient(province.base, 'manager')
    const wrong = await manager.request('PUT', '/api/province/me/password', { currentPassword: 'not-the-password', password: 'new-manager-pass' })
    expect(wrong.body.error.code).toBe('BAD_CREDENTIALS')
    const ok = await manager.request('PUT', '/api/province/me/password', { currentPassword: PROVINCE_PASSWORDS.manager, password: 'new-manager-pass' })
    expect(ok.status).toBe(200)
    expect((await other.get('/api/province/me')).body.error.code).toBe('UNAUTHENTICATED')
    expect((await new ApiClient(province.base).post('/api/province/login', { username: 'province-manager', password: PROVINCE_PASSWORDS.manager })).body.error.code).toBe('BAD_CREDENTIALS')
    const again = new ApiClient(province.base)
    expect((await again.post('/api/province/login', { username: 'province-manager', password: 'new-manager-pass' })).status).toBe(200)
    expect((await again.get('/api/province/me')).body.data).toMatchObject({ username: 'province-manager', role: 'province-manager', province: 'Thành phố Đà Nẵng' })
    // back as it was, for the tests after this one
    expect((await again.request('PUT', '/api/province/me/password', { currentPassword: 'new-manager-pass', password: PROVINCE_PASSWORDS.manager })).status).toBe(200)
  })

  it("the province admin gives a centre's admin a new password, once: the old one and its sessions stop working", async () => {
    const before = await centreClient(province.base, 'xa-hoa-vang', 'admin', passwords.get('xa-hoa-vang')!)
    const manager = await provinceClient(province.base, 'manager')
    expect((await manager.post('/api/province/centres/xa-hoa-vang/admin-password')).body.error.code).toBe('FORBIDDEN')
    const reset = await admin.post<{ username: string; password: string }>('/api/province/centres/xa-hoa-vang/admin-password')
    expect(reset.body.data.username).toBe('admin')
    expect((await before.get('/api/admin/config')).body.error.code).toBe('UNAUTHENTICATED')
    await expect(centreClient(province.base, 'xa-hoa-vang', 'admin', passwords.get('xa-hoa-vang')!)).rejects.toThrow('401')
    passwords.set('xa-hoa-vang', reset.body.data.password)
    expect((await (await centreClient(province.base, 'xa-hoa-vang', 'admin', reset.body.data.password)).get('/api/admin/config')).status).toBe(200)
  })

  it("the template becomes a centre's set-up, and the next centre starts from it", async () => {
    const staff = await centreClient(province.base, 'xa-hoa-vang', 'admin', passwords.get('xa-hoa-vang')!)
    const config = (await staff.get<{ services: { id: string; targetWaitMinutes: number }[] }>('/api/admin/config')).body.data
    expect(config.services.length).toBeGreaterThan(0)
    const t = await admin.post<ProvinceTemplate>('/api/province/template/from-centre/xa-hoa-vang')
    expect(t.status).toBe(200)
    const made = (await admin.post<CentreCreated>('/api/province/centres', { slug: 'xa-hoa-bac', name: 'Trung tâm Phục vụ hành chính công xã Hòa Bắc' })).body.data
    const next = await centreClient(province.base, 'xa-hoa-bac', 'admin', made.admin.password)
    const nextConfig = (await next.get<{ services: { id: string }[] }>('/api/admin/config')).body.data
    expect(nextConfig.services.map((s) => s.id)).toEqual(config.services.map((s) => s.id))
  })
})
