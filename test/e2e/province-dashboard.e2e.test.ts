import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Service } from '@luot/shared'
import type { ApiClient } from '../support/api-client.js'
import { axeProblems } from '../support/axe.js'
import { artifactPath, launchChromium } from '../support/browser.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../support/postgres.js'
import { PROVINCE_PASSWORDS, startProvince } from '../support/province.js'
import { provinceSignIn, readyCentre } from '../support/province-page.js'

/** The province page on a real province server and PostgreSQL: centres made, watched live, reported, archived. */
describe.skipIf(skipPostgres())('the province dashboard', () => {
  let pg: TestPostgres
  let province: Awaited<ReturnType<typeof startProvince>>
  let browser: Browser
  let ctx: BrowserContext
  let page: Page
  const passwords = new Map<string, string>()
  let haiChau: { centre: ApiClient; service: Service }
  /** The servers' clock runs this far ahead of the real one: the test moves time on instead of waiting a minute. */
  let skewMs = 0
  const clock = () => new Date(Date.now() + skewMs)
  const row = (slug: string) => page.locator(`.live-table tr[data-slug=${slug}]`)
  const shownSlugs = () => page.locator('.live-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-slug')))
  const noAxeProblems = async (p: Page) => expect(await axeProblems(p)).toEqual([])

  beforeAll(async () => {
    pg = await testPostgres()
    province = await startProvince(await pg.newDatabase(), { clock, centreOptions: { serveApps: true, clock } }) // serveApps: the province page itself
    browser = await launchChromium()
    ctx = await browser.newContext({ bypassCSP: true, viewport: { width: 1920, height: 1080 } }) // bypassCSP: to inject axe-core
    page = await ctx.newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await province?.close()
    await pg?.close()
  })

  it('signs the province admin in, and shows the role', async () => {
    await page.goto(`${province.base}/province/`)
    await page.locator('.login-form').waitFor()
    await noAxeProblems(page)
    await provinceSignIn(page, 'province-admin', PROVINCE_PASSWORDS.admin)
    expect(await page.locator('.who [data-role=province-admin] small').textContent()).toBe('(Quản trị cấp tỉnh)')
    await page.getByRole('heading', { name: 'Toàn tỉnh — theo dõi trực tiếp', level: 1 }).waitFor()
  })

  it('creates a centre by the form: its admin password shows once, and works', async () => {
    await page.click('a[href="#/centres"]')
    const form = page.locator('form.centre-create')
    await form.locator('input[name=name]').fill('Phường Hải Châu')
    expect(await form.locator('input[name=slug]').inputValue()).toBe('phuong-hai-chau') // suggested from the name
    await form.locator('input[name=nameEn]').fill('Hai Chau Ward')
    await form.locator('input[name=district]').fill('Cụm trung tâm')
    await form.locator('input[name=formerDistrict]').fill('Hải Châu')
    await form.locator('button[type=submit]').click()
    const created = page.locator('.created-passwords tr[data-created=phuong-hai-chau]')
    await created.waitFor()
    const password = (await created.locator('code.password').textContent())!
    expect(password.length).toBeGreaterThanOrEqual(8)
    passwords.set('phuong-hai-chau', password)
    expect(await page.locator('.centre-list tr[data-slug=phuong-hai-chau][data-state=active]').count()).toBe(1)
    haiChau = await readyCentre(province.base, 'phuong-hai-chau', password, 1) // the centre's own admin signs in with it
  })

  it('imports two centres by CSV: a bad line is named and nothing is made, then both are', async () => {
    const form = page.locator('form.centre-import')
    const header = 'slug,name,nameEn,kind,district,formerDistrict,commune,address,hotline'
    await form.locator('textarea[name=csv]').fill(`${header}\nphuong-son-tra,Phường Sơn Trà,Son Tra Ward,commune,Cụm Sơn Trà,Sơn Trà,,,\nPhường Sai,,,,,,,,\n`)
    await form.locator('button[type=submit]').click()
    const invalid = form.locator('.error-note[data-code=CENTRE_IMPORT_INVALID]')
    await invalid.waitFor()
    expect(await invalid.locator('strong').textContent()).toBe('Không trung tâm nào được tạo. Các dòng sau có lỗi:')
    expect(await invalid.locator('.bad-lines li').allTextContents()).toEqual([expect.stringContaining('3')])
    expect(await page.locator('.centre-list tr[data-slug=phuong-son-tra]').count()).toBe(0) // all or none
    await form.locator('textarea[name=csv]').fill(`${header}\nphuong-son-tra,Phường Sơn Trà,Son Tra Ward,commune,Cụm Sơn Trà,Sơn Trà,,,\nphuong-ngu-hanh-son,Phường Ngũ Hành Sơn,Ngu Hanh Son Ward,commune,Cụm trung tâm,Ngũ Hành Sơn,,,\n`)
    expect(await form.locator('button[type=submit]').textContent()).toBe('Tạo 2 trung tâm')
    await form.locator('button[type=submit]').click()
    for (const slug of ['phuong-son-tra', 'phuong-ngu-hanh-son']) {
      const line = page.locator(`.created-passwords tr[data-created=${slug}]`)
      await line.waitFor()
      passwords.set(slug, (await line.locator('code.password').textContent())!)
    }
    expect(new Set(passwords.values()).size).toBe(3)
    await page.locator('.centre-list tr[data-slug]').nth(2).waitFor()
    await noAxeProblems(page)
    await page.screenshot({ path: artifactPath('province-centres-1920.png'), fullPage: true })
  })

  it('gives a centre’s admin a new password, shown once; the old one stops working', async () => {
    const old = passwords.get('phuong-son-tra')!
    await page.locator('.centre-list tr[data-slug=phuong-son-tra] button[data-action=admin-password]').click()
    await page.locator('.modal button.danger', { hasText: 'Đặt mật khẩu mới' }).click()
    const line = page.locator('.created-passwords tr[data-created=phuong-son-tra] code.password')
    await page.waitForFunction((prev) => { const p = document.querySelector('.created-passwords tr[data-created=phuong-son-tra] code.password')?.textContent; return !!p && p !== prev }, old)
    const fresh = (await line.textContent())!
    expect(await page.locator('.created-passwords tr[data-created=phuong-son-tra]').count()).toBe(1) // replaced, not listed twice
    const login = (password: string) => fetch(`${province.base}/c/phuong-son-tra/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) })
    expect((await login(old)).status).toBe(401)
    expect((await login(fresh)).status).toBe(200)
  })

  it('shows every centre live, and a ticket taken at one changes its waiting count without a reload', async () => {
    await page.click('a[href="#/live"]')
    await row('phuong-ngu-hanh-son').waitFor()
    expect((await shownSlugs()).sort()).toEqual(['phuong-hai-chau', 'phuong-ngu-hanh-son', 'phuong-son-tra'])
    expect(await row('phuong-hai-chau').locator('td[data-col=waiting]').textContent()).toBe('0')
    await page.evaluate(() => ((window as unknown as { sameLoad: boolean }).sameLoad = true))
    for (let i = 0; i < 2; i++) {
      const r = await haiChau.centre.post('/api/tickets', { serviceId: haiChau.service.id })
      expect(r.status).toBe(201)
    }
    await page.waitForFunction(() => document.querySelector('tr[data-slug=phuong-hai-chau] td[data-col=waiting]')?.textContent === '2', null, { timeout: 10_000 })
    expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true)
    expect(await page.locator('[data-total=waiting] dd').textContent()).toBe('2')
    expect(await row('phuong-hai-chau').locator('a', { hasText: 'Bảng gọi số' }).getAttribute('href')).toBe('/c/phuong-hai-chau/display/')
    expect(await row('phuong-hai-chau').locator('a', { hasText: 'Trang cán bộ' }).getAttribute('href')).toBe('/c/phuong-hai-chau/console/')
  })

  it('filters by district and by former district, and sorts', async () => {
    await page.selectOption('select[name=district]', 'Cụm trung tâm')
    expect((await shownSlugs()).sort()).toEqual(['phuong-hai-chau', 'phuong-ngu-hanh-son'])
    await page.selectOption('select[name=district]', '')
    await page.selectOption('select[name=formerDistrict]', 'Sơn Trà')
    expect(await shownSlugs()).toEqual(['phuong-son-tra'])
    await page.selectOption('select[name=formerDistrict]', '')
    await page.selectOption('select[name=sort]', 'name')
    expect(await shownSlugs()).toEqual(['phuong-hai-chau', 'phuong-ngu-hanh-son', 'phuong-son-tra'])
    await page.selectOption('select[name=sort]', 'waiting')
    expect((await shownSlugs())[0]).toBe('phuong-hai-chau')
  })

  it('reports each centre side by side with the province total, exports and prints it with the national heading', async () => {
    await page.click('a[href="#/reports"]')
    const table = page.locator('.province-report-table')
    await table.waitFor()
    const keys = await table.locator('tr[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))
    expect(keys.slice(0, -1).sort()).toEqual(['phuong-hai-chau', 'phuong-ngu-hanh-son', 'phuong-son-tra'])
    expect(keys.at(-1)).toBe('total')
    expect(await table.locator('tr[data-key=total] th').textContent()).toBe('Toàn tỉnh')
    expect(await table.locator('tr[data-key=phuong-hai-chau] td[data-col=issued]').textContent()).toBe('2') // today's tickets count
    expect(await table.locator('tr[data-key=phuong-son-tra] td[data-col=issued]').textContent()).toBe('0')
    expect(await table.locator('tr[data-key=total] td[data-col=issued]').textContent()).toBe('2')
    for (const key of ['satisfaction', 'withinTarget', 'dossiersOnTime']) expect(await page.locator(`.rankings [data-ranking=${key}] h3`).count()).toBe(1)
    const csv = await page.locator('a[data-export=csv]').getAttribute('href')
    expect(csv).toMatch(/^\/api\/province\/report\.csv\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/)
    const cookie = (await ctx.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    const file = await fetch(province.base + csv, { headers: { cookie } })
    expect(file.status).toBe(200)
    expect(await file.text()).toContain('Phường Hải Châu')
    expect(await page.locator('a[data-export=xlsx]').getAttribute('href')).toBe(csv!.replace('.csv', '.xlsx'))
    await noAxeProblems(page)
    await page.screenshot({ path: artifactPath('province-report-1920.png'), fullPage: true })
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.letterhead .nation').textContent()).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(await page.locator('.letterhead .motto').isVisible()).toBe(true)
    expect(await page.locator('.letterhead .issuer-name').textContent()).toBe('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG') // no provincial centre listed
    // issued under the province's name (LUOT_PROVINCE_NAME), dated at its place
    expect(await page.locator('.letterhead .issuer-parent').textContent()).toBe('THÀNH PHỐ ĐÀ NẴNG')
    expect(await page.locator('.letterhead .place-date').textContent()).toMatch(/^Đà Nẵng, ngày \d{2} tháng \d{2} năm \d{4}$/)
    await page.screenshot({ path: artifactPath('province-report-print.png'), fullPage: true })
    await page.emulateMedia({ media: 'screen' })
    await page.selectOption('select[name=district]', 'Cụm trung tâm')
    await page.click('button[type=submit]')
    await page.locator('[data-district]', { hasText: 'Khu vực: Cụm trung tâm' }).waitFor()
    expect((await table.locator('tbody tr[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))).sort()).toEqual(['phuong-hai-chau', 'phuong-ngu-hanh-son'])
    expect(await page.locator('a[data-export=csv]').getAttribute('href')).toContain('&district=C%E1%BB%A5m+trung+t%C3%A2m')
  })

  it('archives a centre: its pages answer CENTRE_ARCHIVED and it leaves the live view; one with data cannot be deleted; restored, it is back', async () => {
    await page.click('a[href="#/centres"]')
    await page.locator('.centre-list tr[data-slug=phuong-ngu-hanh-son] button[data-action=archive]').click()
    await page.locator('.centre-list tr[data-slug=phuong-ngu-hanh-son][data-state=archived]').waitFor()
    const gone = await fetch(`${province.base}/c/phuong-ngu-hanh-son/api/services`)
    expect(gone.status).toBe(410)
    expect(((await gone.json()) as { error: { code: string } }).error.code).toBe('CENTRE_ARCHIVED')
    await page.locator('.centre-list tr[data-slug=phuong-hai-chau] button[data-action=delete]').click()
    await page.locator('.modal button.danger').click()
    await page.locator('.modal', { hasText: 'Không xoá được' }).waitFor()
    expect(await page.locator('.modal button.danger').textContent()).toBe('Lưu trữ thay vì xoá')
    await page.locator('.modal button', { hasText: 'Quay lại' }).click()
    expect(await page.locator('.centre-list tr[data-slug=phuong-hai-chau][data-state=active]').count()).toBe(1)
    await page.click('a[href="#/live"]')
    await page.waitForFunction(() => !document.querySelector('tr[data-slug=phuong-ngu-hanh-son]') && !!document.querySelector('tr[data-slug=phuong-son-tra]'), null, { timeout: 10_000 })
    // restored: it serves again and comes back to the live view
    await page.click('a[href="#/centres"]')
    await page.locator('.centre-list tr[data-slug=phuong-ngu-hanh-son] button[data-action=restore]').click()
    await page.locator('.centre-list tr[data-slug=phuong-ngu-hanh-son][data-state=active]').waitFor()
    expect((await fetch(`${province.base}/c/phuong-ngu-hanh-son/api/services`)).status).toBe(200)
    await page.click('a[href="#/live"]')
    await row('phuong-ngu-hanh-son').waitFor({ timeout: 10_000 })
  })

  it('shows the template, and takes a centre’s set-up as the template', async () => {
    await page.click('a[href="#/template"]')
    await page.locator('.template-services').waitFor()
    await page.selectOption('select[name=source]', 'phuong-hai-chau')
    await page.locator('form.from-centre button[type=submit]').click()
    await page.locator('.ok-note', { hasText: 'Đã lấy thiết lập của trung tâm làm mẫu.' }).waitFor()
    const target = page.locator(`.template-services tr[data-service=${haiChau.service.id}] input[name$=targetWaitMinutes]`)
    expect(await target.inputValue()).toBe('1')
    await noAxeProblems(page)
    // edited in place and saved: a reload reads it back from the server
    await target.fill('12')
    await page.locator('.save-bar button.primary').click()
    await page.locator('.ok-note', { hasText: 'Đã lưu.' }).waitFor()
    await page.reload()
    await page.locator('.template-services').waitFor()
    expect(await target.inputValue()).toBe('12')
  })

  it('signs the province manager in: everything readable, no centre management; changes the password; signs out', async () => {
    const mctx = await browser.newContext({ bypassCSP: true, viewport: { width: 1920, height: 1080 } })
    const m = await mctx.newPage()
    await m.goto(`${province.base}/province/#/centres`)
    await provinceSignIn(m, 'province-manager', PROVINCE_PASSWORDS.manager)
    expect(await m.locator('.who [data-role=province-manager] small').textContent()).toBe('(Quản lý cấp tỉnh)')
    await m.locator('.centre-list tr[data-slug=phuong-hai-chau]').waitFor()
    expect(await m.locator('[data-read-only]').count()).toBe(1)
    expect(await m.locator('a[href="#/accounts"]').count()).toBe(0) // accounts are the province admin's
    expect(await m.locator('.centre-list button, form.centre-create, form.centre-import').count()).toBe(0)
    await noAxeProblems(m)
    await m.click('a[href="#/template"]')
    await m.locator('.template-services').waitFor()
    expect(await m.locator('form.from-centre, .template-services input, .save-bar').count()).toBe(0)
    await m.click('a[href="#/live"]')
    await m.locator('.live-table tr[data-slug=phuong-hai-chau]').waitFor()
    // a new password: every session of the account ends, this one too; the new one signs in
    await m.click('button[data-action=change-password]')
    await m.fill('.modal input[name=currentPassword]', PROVINCE_PASSWORDS.manager)
    await m.fill('.modal input[name=password]', 'quan-ly-tinh-moi-2026')
    await m.fill('.modal input[name=passwordAgain]', 'quan-ly-tinh-moi-2027')
    await m.click('.modal button[type=submit]')
    expect(await m.locator('.modal .error-note').textContent()).toBe('Hai lần nhập mật khẩu mới không khớp.')
    await m.fill('.modal input[name=passwordAgain]', 'quan-ly-tinh-moi-2026')
    await noAxeProblems(m)
    await m.click('.modal button[type=submit]')
    await m.locator('.login-form .ok-note', { hasText: 'Đã đổi mật khẩu. Vui lòng đăng nhập bằng mật khẩu mới.' }).waitFor()
    await provinceSignIn(m, 'province-manager', 'quan-ly-tinh-moi-2026')
    await m.locator('.who button', { hasText: 'Đăng xuất' }).click()
    await m.locator('.login-form').waitFor()
    expect((await m.request.get(`${province.base}/api/province/me`)).status()).toBe(401) // the session is gone on the server too
    await mctx.close()
  })

  it('flags the centre whose ticket waits past its 1-minute target, in words, and filters to those needing attention', async () => {
    await page.click('a[href="#/live"]')
    const hc = row('phuong-hai-chau')
    expect(await hc.locator('td[data-col=longest]').getAttribute('data-over')).toBe('false')
    expect(await hc.locator('li[data-reason]').allTextContents()).toEqual(['Có người chờ nhưng không quầy nào mở']) // nobody has opened a counter
    skewMs = 61_000
    await hc.locator('li[data-reason=wait-over-target]').waitFor({ timeout: 10_000 })
    expect(await hc.locator('li[data-reason=wait-over-target]').textContent()).toBe('Chờ quá thời gian mục tiêu')
    expect(await hc.locator('td[data-col=longest]').getAttribute('data-over')).toBe('true')
    await page.check('input[name=attentionOnly]')
    expect(await shownSlugs()).toEqual(['phuong-hai-chau'])
    await page.uncheck('input[name=attentionOnly]')
    await page.selectOption('select[name=sort]', 'attention')
    expect((await shownSlugs())[0]).toBe('phuong-hai-chau')
    await noAxeProblems(page)
    await page.screenshot({ path: artifactPath('province-live-1920.png'), fullPage: true })
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.screenshot({ path: artifactPath('province-live-1280.png'), fullPage: true })
    await page.setViewportSize({ width: 390, height: 844 })
    await noAxeProblems(page)
    await page.screenshot({ path: artifactPath('province-live-390.png'), fullPage: true })
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.click('[data-lang=en]')
    await page.getByRole('heading', { name: 'Province — live view', level: 1 }).waitFor()
    expect(await hc.locator('li[data-reason=wait-over-target]').textContent()).toBe('Wait over target')
    await page.click('[data-lang=vi]')
  })

  it('shows when the connection is lost', async () => {
    await page.context().setOffline(true)
    await page.locator('.conn-banner', { hasText: 'Mất kết nối' }).waitFor({ timeout: 15_000 })
    await page.context().setOffline(false)
    await page.locator('.header-bar .conn.up').waitFor({ timeout: 15_000 })
  })
})
