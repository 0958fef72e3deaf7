import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Printer, Settings } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { artifactPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { signIn } from '../support/console-page.js'
import { PASSWORDS, type ServerProcess } from '../support/server-process.js'
import { closedPort, startFakePrinter, type FakePrinter } from '../integration/printing/fake-printer.js'

/** Admin warnings a centre would otherwise trip over: a service nobody serves, a printer that does not print. */
let server: ServerProcess
let browser: Browser
let admin: ApiClient
let fake: FakePrinter
const WIDE = { width: 1440, height: 900 }
const shot = (page: import('playwright-core').Page, name: string) => page.screenshot({ path: artifactPath(`console-${name}.png`), fullPage: true })

beforeAll(async () => {
  ;({ server, browser } = await startServerAndBrowser())
  admin = new ApiClient(server.url)
  await admin.login('admin', PASSWORDS.admin)
  fake = await startFakePrinter()
})

afterAll(async () => {
  await fake?.close()
  await stopServerAndBrowser(server, browser)
})

describe('admin checks', () => {
  it('a service no counter serves: admin warns, the kiosk hides it, the API refuses it; no counter open says so', async () => {
    const svc = { id: 'tra-ket-qua-2', code: 'KQ', name: { vi: 'Trả kết quả (quầy mới)', en: 'Result pick-up (new desk)' }, numberFormat: { kind: 'prefix', prefix: 'R' }, dailyCap: 0, targetWaitMinutes: 20, defaultServiceMinutes: 5, active: true }
    const made = await admin.post('/api/admin/services', svc)
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const refused = await new ApiClient(server.url).post('/api/tickets', { serviceId: svc.id })
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('SERVICE_NO_COUNTER')

    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } })
    await kiosk.goto(`${server.url}/kiosk/`)
    await kiosk.locator('[data-service=van-hoa]').waitFor()
    expect(await kiosk.locator(`[data-service=${svc.id}]`).count()).toBe(0)
    // nobody has opened a counter yet: no invented minutes
    expect(await kiosk.locator('[data-service=van-hoa] [data-testid=service-wait]').textContent()).toBe('Chưa có quầy mở')
    await kiosk.close()

    const ctx = await browser.newContext({ viewport: WIDE })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/console/#/admin?tab=services`)
    await signIn(page, 'admin', PASSWORDS.admin)
    const warning = page.getByTestId('unserved-services')
    await warning.waitFor()
    expect(await warning.textContent()).toContain('Trả kết quả (quầy mới)')
    expect(await page.locator(`tr[data-id=${svc.id}] .warn`).textContent()).toBe('Chưa có quầy')
    await shot(page, 'admin-unserved-service')
    await ctx.close()
  })

  it('prints a test ticket per printer and says why one fails', async () => {
    const config = (await admin.get<{ settings: Settings }>('/api/admin/config')).body.data
    const printer = (id: string, name: string, port: number): Printer => ({ id, name, kioskId: '*', host: '127.0.0.1', port, paper: 80, textMode: 'raster', enabled: true })
    const deadPort = await closedPort()
    const printers = [printer('may-in-1', 'Máy in sảnh', fake.port), printer('may-in-2', 'Máy in tầng 2', deadPort)]
    expect((await admin.request('PUT', '/api/admin/settings', { ...config.settings, printers })).status).toBe(200)

    const ctx = await browser.newContext({ viewport: WIDE })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/console/#/admin?tab=printers`)
    await signIn(page, 'admin', PASSWORDS.admin)
    const job = fake.nextJob()
    await page.getByTestId('test-print-may-in-1').click()
    await page.getByTestId('test-print-result-may-in-1').waitFor()
    expect(await page.getByTestId('test-print-result-may-in-1').textContent()).toBe('Đã gửi phiếu in thử tới “Máy in sảnh” (127.0.0.1:' + fake.port + ').')
    expect((await job).length).toBeGreaterThan(1000) // a raster ticket image
    await page.getByTestId('test-print-may-in-2').click()
    await page.getByTestId('test-print-result-may-in-2').waitFor()
    expect(await page.getByTestId('test-print-result-may-in-2').textContent()).toBe(`“Máy in tầng 2” (127.0.0.1:${deadPort}) không in được phiếu in thử: máy in từ chối kết nối.`)
    await shot(page, 'admin-test-print')
    await ctx.close()
  })
})

describe('manager dashboard', () => {
  it('lists recent low ratings with the citizen’s comment', async () => {
    const clerk = new ApiClient(server.url)
    await clerk.login('clerk2', PASSWORDS.clerk)
    const ticket = (await new ApiClient(server.url).post<{ number: string; trackingCode: string }>('/api/tickets', { serviceId: 'chung-thuc' })).body.data
    for (const [action, body] of [['open', {}], ['call-next', {}], ['finish', { outcome: 'tiep-nhan' }]] as const) expect((await clerk.post(`/api/counters/c2/${action}`, body)).status).toBeLessThan(300)
    const citizen = new ApiClient(server.url)
    expect((await citizen.post(`/api/tickets/${ticket.trackingCode}/rating`, { value: 1 })).status).toBe(200)
    expect((await citizen.post(`/api/tickets/${ticket.trackingCode}/rating`, { value: 1, reasonId: 'giai-thich', comment: 'Không được hướng dẫn cách nộp bổ sung' })).status).toBe(200)

    const ctx = await browser.newContext({ viewport: WIDE })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/console/#/dashboard`)
    await signIn(page, 'manager', PASSWORDS.manager)
    const row = page.locator(`[data-testid=rating-notes] tr[data-value="1"]`).first()
    await row.waitFor()
    expect(await row.locator('td').allTextContents()).toEqual([expect.stringMatching(/^\d\d:\d\d:\d\d \d\d\/\d\d$/), ticket.number, 'Chứng thực', '2', 'Rất không hài lòng', 'Giải thích khó hiểu', 'Không được hướng dẫn cách nộp bổ sung'])
    await shot(page, 'dashboard-low-ratings')
    await ctx.close()
  })
})
