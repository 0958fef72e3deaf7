import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { io as connect, type Socket } from 'socket.io-client'
import { axeProblems } from '../support/axe.js'
import { artifactPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { signIn } from '../support/console-page.js'
import { PASSWORDS, type ServerProcess } from '../support/server-process.js'

/** The admin's "Tình trạng hệ thống" page with real screens: a kiosk and a hall board in Chromium. */
let server: ServerProcess
let browser: Browser
let screens: BrowserContext
let kiosk: Page
let fastKiosk: Socket | undefined

beforeAll(async () => {
  ;({ server, browser } = await startServerAndBrowser())
  screens = await browser.newContext()
  kiosk = await screens.newPage()
  await kiosk.setViewportSize({ width: 1080, height: 1920 })
  await kiosk.goto(`${server.url}/kiosk/?kiosk=k1`)
  await kiosk.locator('.service-button').first().waitFor()
  const board = await screens.newPage()
  await board.setViewportSize({ width: 1920, height: 1080 })
  await board.goto(`${server.url}/display/`)
  await board.locator('.board').waitFor()
})
afterAll(async () => {
  fastKiosk?.close()
  await stopServerAndBrowser(server, browser)
})

describe('system health page (managers and admins)', () => {
  it('lists the online kiosk and board, shows this browser’s clock, passes axe, and sees the kiosk go', async () => {
    const ctx = await browser.newContext({ bypassCSP: true, viewport: { width: 1920, height: 1080 } }) // bypassCSP: to inject axe-core
    const page = await ctx.newPage()
    await page.goto(`${server.url}/console/#/health`)
    await signIn(page, 'manager', PASSWORDS.manager)
    const kioskRow = page.locator('tr[data-screen=kiosk]')
    await kioskRow.waitFor()
    expect(await kioskRow.getAttribute('data-online')).toBe('true')
    expect(await kioskRow.locator('td').first().textContent()).toBe('Máy lấy số k1')
    expect(await kioskRow.locator('.state-pill').textContent()).toBe('Trực tuyến')
    expect(await page.locator('tr[data-screen=board] td').first().textContent()).toMatch(/^Bảng gọi số \([0-9a-f]{6}\)$/)
    // the console itself says what it is, and every browser here shares the machine's clock
    await page.locator('tr[data-screen=console][data-online=true]').waitFor({ timeout: 15_000 })
    expect(await page.locator('[data-own-clock]').textContent()).toBe('Đồng hồ của trình duyệt này: khớp so với máy chủ.')
    expect(await page.locator('.health-clock .ok-note').textContent()).toBe('Mọi đồng hồ đều lệch dưới 30 giây so với máy chủ.')
    expect(await kioskRow.locator('td').last().textContent()).toBe('khớp')
    expect(await page.locator('.health-disk [role=progressbar]').getAttribute('aria-valuenow')).toMatch(/^\d+(\.\d)?$/)
    expect(await page.locator('.health-backup').textContent()).toContain('Từ khi máy chủ khởi động chưa chạy sao lưu nào.')
    expect(await page.locator('.health-printers').textContent()).toContain('Chưa khai báo máy in nào.')

    // a kiosk whose clock runs 45 s ahead: flagged in its row and in the clock warnings
    fastKiosk = connect(server.url, { transports: ['websocket'], auth: { kind: 'kiosk', id: 'k9', clock: Date.now() + 45_000 } })
    const warning = page.locator('.clock-warnings li', { hasText: 'Máy lấy số k9' })
    await warning.waitFor({ timeout: 15_000 })
    expect(await warning.textContent()).toMatch(/^Máy lấy số k9 \(127\.0\.0\.1\): đồng hồ nhanh 4[56] giây so với máy chủ \(quá 30 giây\)/)
    expect(await page.locator('tr[data-screen=kiosk] td.bad').count()).toBe(1)

    expect(await axeProblems(page)).toEqual([])
    await page.screenshot({ path: artifactPath('console-health-1920.png'), fullPage: true })
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.screenshot({ path: artifactPath('console-health-1280.png'), fullPage: true })

    await kiosk.close()
    const gone = page.locator('tr[data-screen=kiosk][data-online=false]')
    await gone.waitFor({ timeout: 15_000 })
    expect(await gone.locator('td').first().textContent()).toBe('Máy lấy số k1')
    expect(await gone.locator('.state-pill').textContent()).toBe('Mất kết nối')
    expect(await axeProblems(page)).toEqual([]) // the offline row's colours too
    await page.screenshot({ path: artifactPath('console-health-offline-1280.png'), fullPage: true })

    await page.click('[data-lang=en]')
    await page.getByRole('heading', { name: 'System health', level: 1 }).waitFor()
    expect(await gone.locator('td').first().textContent()).toBe('Kiosk k1')
    expect(await gone.locator('.state-pill').textContent()).toBe('Offline')
    expect(await page.locator('.clock-warnings li', { hasText: 'Kiosk k9' }).textContent()).toMatch(/^Kiosk k9 \(127\.0\.0\.1\): clock 4[56] s ahead against the server \(over 30 s\)/)
    await page.screenshot({ path: artifactPath('console-health-en-1280.png'), fullPage: true })
    await ctx.close()
  })

  it('fits the admin’s header at 1280×720, with the dossiers and health pages in it', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/console/#/health`)
    await signIn(page, 'admin', PASSWORDS.admin)
    await page.locator('.health-screens').waitFor()
    const nav = (await page.locator('.header-bar nav').boundingBox())!
    const who = (await page.locator('.header-bar .who').boundingBox())!
    expect(await page.locator('.header-bar nav a').allTextContents()).toEqual(['Quầy của tôi', 'Hồ sơ', 'Theo dõi trực tiếp', 'Báo cáo', 'Tình trạng', 'Quản trị'])
    expect(nav.x + nav.width <= who.x || nav.y + nav.height <= who.y).toBe(true)
    await page.screenshot({ path: artifactPath('console-health-admin-1280.png') })
    await ctx.close()
  })
})
