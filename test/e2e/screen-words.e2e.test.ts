import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { ApiClient } from '../support/api-client.js'
import { startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { issueTicket } from '../support/console-page.js'
import { PASSWORDS, type ServerProcess } from '../support/server-process.js'

let server: ServerProcess
let browser: Browser

beforeAll(async () => ({ server, browser } = await startServerAndBrowser()))
afterAll(() => stopServerAndBrowser(server, browser))

describe('small words on the screens', () => {
  it('shows the whole login language toggle, and loads console pages without a 404 (favicon included)', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    const missing: string[] = []
    page.on('response', (r) => r.status() === 404 && missing.push(r.url()))
    await page.goto(`${server.url}/console/`)
    await page.waitForSelector('.login-screen .lang-switch')
    await page.waitForLoadState('networkidle')
    const clipped = await page.evaluate(() => {
      const box = document.querySelector('.login-screen .lang-switch')!.getBoundingClientRect()
      return [...document.querySelectorAll('.login-screen .lang-switch button')].filter((b) => {
        const r = b.getBoundingClientRect()
        return r.right > box.right + 0.5 || r.left < box.left - 0.5 || b.scrollWidth > b.clientWidth + 1
      }).map((b) => b.textContent)
    })
    expect(clipped).toEqual([])
    expect(await page.locator('link[rel=icon]').count()).toBe(1)
    expect(missing).toEqual([])
    await page.close()
  })

  it('after calls today, the widget does not say no number was called', async () => {
    const ticket = await issueTicket(server.url, 'van-hoa')
    const clerk = new ApiClient(server.url)
    await clerk.login('clerk5', PASSWORDS.clerk)
    for (const step of ['open', 'call-next']) expect((await clerk.post(`/api/counters/c5/${step}`)).status).toBe(200)
    expect((await clerk.post('/api/counters/c5/finish', { outcome: 'tiep-nhan' })).status).toBe(200)
    const page = await browser.newPage({ viewport: { width: 420, height: 640 } })
    await page.goto(`${server.url}/display/widget`)
    const none = page.getByTestId('widget-none')
    await none.waitFor()
    expect(await none.textContent()).toBe(`Hiện không quầy nào đang gọi sốSố gọi gần nhất: ${ticket.number} – Quầy 5`)
    await page.close()
  })
})
