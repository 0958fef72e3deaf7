import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditEntry, PublicSnapshot } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { artifactPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { issueTicket, pressEnter, signIn } from '../support/console-page.js'
import { PASSWORDS, type ServerProcess } from '../support/server-process.js'

let server: ServerProcess
let browser: Browser
let clerk: Page

beforeAll(async () => {
  ;({ server, browser } = await startServerAndBrowser())
  clerk = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await clerk.goto(`${server.url}/console/`)
  await signIn(clerk, 'clerk1', PASSWORDS.clerk)
  await clerk.click('button[data-action=open]')
  await clerk.waitForSelector('.ticket-panel[data-phase=idle]')
})
afterAll(() => stopServerAndBrowser(server, browser))

const current = async () => (await new ApiClient(server.url).get<PublicSnapshot>('/api/snapshot')).body.data.counters.find((c) => c.id === 'c1')!.current

describe('a missed citizen in the clerk console', () => {
  it('undoes a no-show for a few seconds, keeps the missed list to call back from, and tells the phone', async () => {
    const ticket = await issueTicket(server.url, 'tu-phap-ho-tich')
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await phone.goto(ticket.trackingUrl)
    await phone.getByTestId('tracked').waitFor()

    await pressEnter(clerk)
    await clerk.locator(`.ticket-panel[data-ticket="${ticket.number}"]`).waitFor()
    await clerk.keyboard.press('r') // recalled once: K needs no confirmation
    await clerk.locator('.ticket-panel >> text=Số lần gọi lại: 1/3').waitFor()
    await clerk.keyboard.press('k')
    await clerk.getByTestId('undo-bar').waitFor()
    expect(await clerk.getByTestId('undo-bar').textContent()).toContain(`Số ${ticket.number} đã được đánh dấu vắng mặt.`)
    await clerk.screenshot({ path: artifactPath('console-undo.png') })
    await clerk.keyboard.press('u')
    await clerk.locator(`.ticket-panel[data-ticket="${ticket.number}"][data-phase=called]`).waitFor()
    expect(await current()).toMatchObject({ number: ticket.number, status: 'called', recalls: 0 })
    expect(await clerk.getByTestId('undo-bar').count()).toBe(0)

    // Missed again; this time the undo runs out, and the number waits in the missed list.
    await clerk.keyboard.press('k')
    await clerk.locator('.modal').waitFor() // not recalled since the call back: confirm first
    expect(await clerk.locator('.modal .dialog-actions button').allTextContents()).toEqual(['Quay lại', 'Đánh dấu vắng mặt'])
    await clerk.click('.modal button.danger')
    await clerk.getByTestId('undo-bar').waitFor()
    await clerk.getByTestId('undo-bar').waitFor({ state: 'detached', timeout: 15_000 })
    await clerk.keyboard.press('u') // too late: nothing happens
    await clerk.waitForTimeout(300)
    expect(await current()).toBeUndefined()
    const row = clerk.locator(`[data-testid=missed] li[data-ticket="${ticket.number}"]`)
    await row.waitFor()

    await phone.getByTestId('missed-note').waitFor()
    expect(await phone.getByTestId('missed-note').textContent()).toBe('Đã lỡ lượt gọi. Vui lòng đến quầy số 1 để được gọi lại – không cần lấy số mới.')
    await phone.screenshot({ path: artifactPath('phone-missed.png') })

    await clerk.screenshot({ path: artifactPath('console-missed.png'), fullPage: true })
    await row.locator('button').click()
    await clerk.locator(`.ticket-panel[data-ticket="${ticket.number}"][data-phase=called]`).waitFor()
    await row.waitFor({ state: 'detached' })
    await phone.getByTestId('called').waitFor()

    const manager = new ApiClient(server.url)
    await manager.login('manager', PASSWORDS.manager)
    const day = (await manager.get<PublicSnapshot>('/api/snapshot')).body.data.date
    const audit = (await manager.get<AuditEntry[]>(`/api/audit?from=${day}&to=${day}`)).body.data
    expect(audit.map((e) => [e.action, e.number, e.counterId])).toEqual([
      ['skip', ticket.number, 'c1'],
      ['call-missed', ticket.number, 'c1'],
      ['skip', ticket.number, 'c1'],
      ['call-missed', ticket.number, 'c1'],
    ])
    await phone.close()
  })

  it('keeps "call" and "void" apart, names the destructive one, and shows each counter’s state when transferring', async () => {
    const waiting = await issueTicket(server.url, 'chung-thuc')
    const row = clerk.locator(`.waiting-list li[data-ticket="${waiting.number}"]`)
    await row.waitFor()
    const call = (await row.locator('button:not(.danger)').boundingBox())!
    const cancel = (await row.locator('button.danger').boundingBox())!
    expect(await row.locator('button').allTextContents()).toEqual(['Gọi số này', 'Huỷ phiếu…'])
    expect(cancel.x - (call.x + call.width)).toBeGreaterThanOrEqual(24)
    expect(Math.min(call.height, cancel.height)).toBeGreaterThanOrEqual(32)
    await row.locator('button.danger').click()
    expect(await clerk.locator('.modal .dialog-actions button').allTextContents()).toEqual(['Quay lại', 'Huỷ phiếu này'])
    await clerk.click('.modal .dialog-actions button:not(.danger)')
    await clerk.locator('.modal').waitFor({ state: 'detached' })

    await clerk.keyboard.press('t')
    await clerk.locator('.modal [data-counter=c2]').waitFor()
    expect(await clerk.locator('.modal [data-counter=c2] .badge').textContent()).toBe('Đóng')
    await clerk.screenshot({ path: artifactPath('console-transfer.png') })
    await clerk.click('.modal .dialog-actions button')
  })
})
