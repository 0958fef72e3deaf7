import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { signIn } from '../support/console-page.js'
import { PASSWORDS, type ServerProcess } from '../support/server-process.js'

/** Admin settings in the console: form checks, the server's refusals, and a change reaching a kiosk live. */
let server: ServerProcess
let browser: Browser
const WIDE = { width: 1440, height: 900 }
const shot = (page: import('playwright-core').Page, name: string) => page.screenshot({ path: artifactPath(`console-${name}.png`), fullPage: true })

beforeAll(async () => ({ server, browser } = await startServerAndBrowser()))

afterAll(() => stopServerAndBrowser(server, browser))

describe('admin settings', () => {
  it('validates, shows the server refusals, and a change reaches the kiosk live', async () => {
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } })
    await kiosk.goto(`${server.url}/kiosk/`)
    await kiosk.locator('[data-service=van-hoa]').waitFor()
    const ctx = await browser.newContext({ viewport: WIDE })
    const admin = await ctx.newPage()
    await admin.goto(`${server.url}/console/#/admin?tab=services`)
    await signIn(admin, 'admin', PASSWORDS.admin)
    await admin.click('[data-edit=van-hoa]')
    const form = admin.locator('form[data-form=service]')
    await form.locator('input[name=code]').fill('TP')
    await form.locator('input[name=targetWaitMinutes]').fill('0')
    await form.locator('button[type=submit]').click()
    expect(await form.locator('.field-error').allTextContents()).toEqual(['Bị trùng.', 'Giá trị phải từ 1 đến 600.'])
    expect(await form.locator('.error-note').textContent()).toContain('Vui lòng sửa các ô được đánh dấu.')
    await form.locator('input[name=code]').fill('VH')
    await form.locator('input[name=targetWaitMinutes]').fill('1')
    await form.locator('input[name="name.vi"]').fill('Văn hóa – Thể thao')
    await shot(admin, 'admin-service-form')
    await form.locator('button[type=submit]').click()
    await admin.locator('tr[data-id=van-hoa] >> text=Văn hóa – Thể thao').waitFor()
    await expect.poll(() => kiosk.locator('[data-service=van-hoa] .service-name').textContent()).toBe('Văn hóa – Thể thao')

    admin.once('dialog', (d) => void d.accept())
    await admin.locator('tr[data-id=tu-phap-ho-tich] button.danger').click()
    const refusal = admin.locator('.list-admin .error-note[data-code=IN_USE]')
    await refusal.waitFor()
    expect(await refusal.textContent()).toContain('Đang được sử dụng, không thể xoá.')
    await shot(admin, 'admin-refusal')
    await kiosk.close()

    // the counters tab gives each counter's rating-pad link; the link pairs the tablet with the counter
    await admin.click('[data-tab=counters]')
    const href = await admin.locator('a[data-pad-link=c3]').getAttribute('href')
    expect(href).toMatch(/^\/display\/rating\/3\?key=[A-Za-z0-9_-]{16}$/)
    const pad = await browser.newPage()
    await pad.goto(server.url + href)
    await pad.waitForSelector('.pad[data-joined="c3"][data-phase="idle"]')
    await pad.close()
    await ctx.close()
  })
})
