import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems } from '../support/axe.js'
import { artifactPath, launchChromium } from '../support/browser.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../support/postgres.js'
import { PROVINCE_PASSWORDS, provinceClient, startProvince } from '../support/province.js'
import { provinceSignIn } from '../support/province-page.js'

/** The province admin's Accounts page on a real province server and PostgreSQL: an officer's own account, used, then deactivated. */
describe.skipIf(skipPostgres())('province accounts on the province page', () => {
  let pg: TestPostgres
  let province: Awaited<ReturnType<typeof startProvince>>
  let browser: Browser
  let page: Page
  const noAxeProblems = async (p: Page) => expect(await axeProblems(p)).toEqual([])

  beforeAll(async () => {
    pg = await testPostgres()
    province = await startProvince(await pg.newDatabase(), { centreOptions: { serveApps: true } }) // serveApps: the province page itself
    const admin = await provinceClient(province.base, 'admin')
    expect((await admin.post('/api/province/centres', { slug: 'phuong-hai-chau', name: 'Phường Hải Châu' })).status).toBe(200)
    browser = await launchChromium()
    page = await (await browser.newContext({ bypassCSP: true, viewport: { width: 1920, height: 1080 } })).newPage() // bypassCSP: to inject axe-core
    await page.goto(`${province.base}/province/`)
    await provinceSignIn(page, 'province-admin', PROVINCE_PASSWORDS.admin)
  })
  afterAll(async () => {
    await browser?.close()
    await province?.close()
    await pg?.close()
  })

  it("gives an officer an account of their own: she signs in with it; deactivated, her open page goes back to the sign-in", async () => {
    await page.click('a[href="#/accounts"]')
    await page.getByRole('heading', { name: 'Tài khoản cấp tỉnh', level: 1 }).waitFor()
    const rows = page.locator('.list-admin tbody tr')
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent))).toEqual(['province-admin', 'province-manager'])
    await page.click('.list-admin button[data-add]')
    const form = page.locator('form[data-form=user]')
    await form.locator('input[name=username]').fill('le.thi.hoa')
    await form.locator('input[name=displayName]').fill('Lê Thị Hoa')
    expect(await form.locator('select[name=role] option').allTextContents()).toEqual(['Quản lý cấp tỉnh', 'Quản trị cấp tỉnh'])
    expect(await form.locator('select[name=counterId]').count()).toBe(0) // a province account has no counter
    await form.locator('input[name=password]').fill('hoa-so-noi-vu-2026')
    await noAxeProblems(page)
    await form.locator('button[type=submit]').click()
    const hoa = rows.filter({ hasText: 'le.thi.hoa' })
    await hoa.waitFor()
    expect(await hoa.locator('td').allTextContents()).toEqual(['le.thi.hoa', 'Lê Thị Hoa', 'Quản lý cấp tỉnh', 'Có', expect.any(String)])
    await page.screenshot({ path: artifactPath('province-accounts-1920.png'), fullPage: true })

    const octx = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const officer = await octx.newPage()
    await officer.goto(`${province.base}/province/`)
    await provinceSignIn(officer, 'le.thi.hoa', 'hoa-so-noi-vu-2026')
    expect(await officer.locator('.who [data-role=province-manager] small').textContent()).toBe('(Quản lý cấp tỉnh)')
    await officer.locator('.live-table tr[data-slug=phuong-hai-chau]').waitFor()
    // the admin deactivates the account: the officer's open page is signed out, and the password no longer works
    await hoa.locator('button[data-edit]').click()
    await form.locator('input[name=active]').uncheck()
    await form.locator('button[type=submit]').click()
    await hoa.locator('td', { hasText: /^Không$/ }).waitFor()
    await officer.locator('.login-form').waitFor({ timeout: 10_000 })
    await officer.fill('input[name=username]', 'le.thi.hoa')
    await officer.fill('input[name=password]', 'hoa-so-noi-vu-2026')
    await officer.click('button[type=submit]')
    await officer.locator('.login-form .error-note[data-code=BAD_CREDENTIALS]').waitFor()
    await octx.close()
  })
})
