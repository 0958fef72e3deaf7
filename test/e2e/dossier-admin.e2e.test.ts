import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Procedure, Settings } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { axeProblems } from '../support/axe.js'
import { artifactPath, launchChromium } from '../support/browser.js'
import { startClockedServer, type ClockedServer } from '../support/clocked-server.js'
import { signIn } from '../support/console-page.js'
import { PASSWORDS } from '../support/server-process.js'

/** The admin's side of dossiers: the procedure catalogue (CSV import all or none, add, edit, retire) and the dossier settings. */
let server: ClockedServer
let browser: Browser
let page: Page
const admin = async () => {
  const api = new ApiClient(server.url)
  await api.login('admin', PASSWORDS.admin)
  return api
}

beforeAll(async () => {
  server = await startClockedServer('2026-12-01T02:00:00.000Z')
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true })).newPage()
  await page.goto(`${server.url}/console/`)
  await signIn(page, 'admin', PASSWORDS.admin)
  await page.goto(`${server.url}/console/#/admin?tab=dossiers`)
  await page.getByTestId('procedures').locator('tr[data-procedure]').first().waitFor()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const upload = (csv: string) => page.locator('input[name=import]').setInputFiles({ name: 'thu-tuc.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') })

describe('admin: procedures and dossier settings', () => {
  it('imports a CSV all or none, naming the bad lines', async () => {
    const before = (await (await admin()).get<Procedure[]>('/api/procedures')).body.data.length
    await upload('code,name,name_en,service_id,amount,unit\n1.009999,Cấp phép tổ chức lễ hội,,van-hoa,5,ngày\n,Thủ tục lỗi,,khong-co,abc,tuần\n')
    const refusal = page.locator('[data-testid=procedures] .error-note')
    await refusal.waitFor()
    expect(await refusal.getAttribute('data-code')).toBe('PROCEDURE_IMPORT_INVALID')
    expect(await refusal.textContent()).toContain('line 3')
    expect((await (await admin()).get<Procedure[]>('/api/procedures')).body.data.length).toBe(before)

    await upload('code,name,name_en,service_id,amount,unit\n1.009999,Cấp phép tổ chức lễ hội,Festival permit,van-hoa,5,ngày\n')
    expect(await page.getByTestId('import-done').textContent()).toBe(`Đã nhập: 1 thêm mới, 0 cập nhật, tổng ${before + 1} thủ tục.`)
    const row = page.locator('[data-testid=procedures] tr', { hasText: 'Cấp phép tổ chức lễ hội' })
    expect(await row.textContent()).toContain('5 ngày làm việc')
  })

  it('adds, edits and retires a procedure', async () => {
    await page.getByRole('button', { name: 'Thêm thủ tục' }).click()
    const form = page.getByTestId('procedure-form')
    await form.locator('input[name=name-vi]').fill('Xác nhận thông tin cư trú')
    await form.locator('select[name=serviceId]').selectOption('van-phong')
    await form.locator('input[name=amount]').fill('0.5')
    expect(await axeProblems(page)).toEqual([])
    await form.locator('button[type=submit]').click()
    const row = page.locator('[data-testid=procedures] tr', { hasText: 'Xác nhận thông tin cư trú' })
    await row.waitFor()
    expect(await row.textContent()).toContain('0,5 ngày làm việc')
    await row.getByRole('button', { name: 'Sửa' }).click()
    await form.locator('input[name=code]').fill('1.005555')
    await form.locator('button[type=submit]').click()
    await page.locator('[data-testid=procedures] tr', { hasText: '1.005555' }).waitFor()
    await row.getByRole('button', { name: 'Ngừng tiếp nhận' }).click()
    await page.locator('[data-testid=procedures] tr.retired', { hasText: 'Xác nhận thông tin cư trú' }).waitFor()
    const stored = (await (await admin()).get<Procedure[]>('/api/procedures')).body.data.find((p) => p.code === '1.005555')
    expect(stored).toMatchObject({ name: { vi: 'Xác nhận thông tin cư trú', en: 'Xác nhận thông tin cư trú' }, serviceId: 'van-phong', processing: { amount: 0.5, unit: 'working-days' }, active: false })
    await page.screenshot({ path: artifactPath('console-admin-procedures-1920x1080.png'), fullPage: true })
  })

  it('saves the dossier settings, refusing an empty issuer line here', async () => {
    const form = page.locator('[data-form=settings-dossiers]')
    await form.locator('textarea[name=issuerLines]').fill('UBND PHƯỜNG HẢI CHÂU\n')
    await form.locator('button[type=submit]').click()
    await form.locator('.field-error').waitFor()
    await form.locator('textarea[name=issuerLines]').fill('UBND PHƯỜNG HẢI CHÂU\nBỘ PHẬN MỘT CỬA')
    await form.locator('input[name=place]').fill('Đà Nẵng')
    await form.locator('select[name=returnServiceId]').selectOption('')
    await form.locator('button[type=submit]').click()
    await form.locator('.save-bar .ok-note').waitFor()
    const settings = (await (await admin()).get<{ settings: Settings }>('/api/admin/config')).body.data.settings
    expect(settings.dossiers).toMatchObject({ enabled: true, issuerLines: ['UBND PHƯỜNG HẢI CHÂU', 'BỘ PHẬN MỘT CỬA'], place: 'Đà Nẵng' })
    expect(settings.dossiers?.returnServiceId).toBeUndefined()
  })
})
