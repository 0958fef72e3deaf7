import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems } from '../support/axe.js'
import { artifactPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { issueTicket, signIn } from '../support/console-page.js'
import { freePort, PASSWORDS, type ServerProcess } from '../support/server-process.js'
import { WebhookReceiver } from '../support/webhook-receiver.js'

/** The admin's integrations tab: an API key shown once and revoked, a webhook whose receiver is down and then back. */
let server: ServerProcess
let browser: Browser
let receiver: WebhookReceiver

beforeAll(async () => {
  ;({ server, browser } = await startServerAndBrowser({ LUOT_WEBHOOK_RETRY_SECONDS: Array(30).fill('1').join(',') }))
  receiver = new WebhookReceiver(await freePort())
})
afterAll(async () => {
  await receiver.close()
  await stopServerAndBrowser(server, browser)
})

describe('integrations in the admin', () => {
  it('creates an API key shown once, revokes it, and follows a webhook from down to delivered', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, bypassCSP: true }) // bypassCSP: to inject axe-core
    await page.goto(`${server.url}/console/#/admin?tab=integrations`)
    await signIn(page, 'admin', PASSWORDS.admin)
    await page.fill('input[name=api-key-name]', 'Hệ thống một cửa điện tử tỉnh Đà Nẵng')
    await page.click('.integrations-admin button.primary')
    const secret = (await page.locator('[data-testid=new-api-key] code').textContent())!
    expect(secret).toMatch(/^luot_[A-Za-z0-9_-]{43}$/)
    const key = page.locator('li[data-api-key]')
    await key.waitFor()
    expect(await key.textContent()).toContain(secret.slice(0, 12))
    expect(await key.textContent()).not.toContain(secret)

    await page.click('text=+ Thêm địa chỉ')
    await page.fill('input[name=webhook-url]', receiver.url)
    await page.fill('input[name=webhook-secret]', 'bi-mat-cua-tinh-da-nang-2026')
    await page.click('.hook-form button.primary')
    const hook = page.locator('li[data-webhook]')
    await hook.waitFor()
    await issueTicket(server.url, 'chung-thuc')
    // the receiver is down: the event waits in the outbox, with the error shown
    await expect.poll(async () => (await page.reload(), await page.locator('li[data-webhook] .outbox').getAttribute('data-pending')), { timeout: 15_000 }).toBe('1')
    await page.locator('li[data-webhook] .problem').waitFor()
    expect(await axeProblems(page)).toEqual([])
    await page.screenshot({ path: artifactPath('console-integrations-pending.png'), fullPage: true })
    await receiver.listen()
    await receiver.waitFor(1, 30_000)
    await expect.poll(async () => (await page.reload(), await page.locator('li[data-webhook] .outbox').getAttribute('data-pending')), { timeout: 15_000 }).toBe('0')
    await page.click('li[data-webhook] >> text=Nhật ký gửi')
    await page.locator('.delivery-log tr[data-state=delivered]').waitFor()
    await page.screenshot({ path: artifactPath('console-integrations-delivered.png'), fullPage: true })

    await page.click('li[data-api-key] button.danger')
    await page.click('.modal button.primary.danger')
    await page.locator('li[data-api-key].revoked').waitFor()
    await page.close()
  }, 90_000)
})
