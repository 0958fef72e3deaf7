import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IssuedTicket, PublicSnapshot } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { artifactPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { issueTicket, signIn } from '../support/console-page.js'
import { PASSWORDS, type ServerProcess } from '../support/server-process.js'

/** Issue 8 in the browser: a manager frees a counter, an admin rotates a pad key, a session ends under an open console, the phone hides the priority group. */
let server: ServerProcess
let browser: Browser
let admin: ApiClient
const WIDE = { width: 1440, height: 900 }
const shot = (page: Page, name: string) => page.screenshot({ path: artifactPath(`security-${name}.png`), fullPage: true })
const counter = async (id: string) => (await new ApiClient(server.url).get<PublicSnapshot>('/api/snapshot')).body.data.counters.find((c) => c.id === id)!

beforeAll(async () => {
  ;({ server, browser } = await startServerAndBrowser())
  admin = new ApiClient(server.url)
  await admin.login('admin', PASSWORDS.admin)
})
afterAll(() => stopServerAndBrowser(server, browser))

describe('issue 8 in the console and on the phone', () => {
  it('a manager closes a counter a clerk left open; its ticket goes back to the head of the queue', async () => {
    const ticket = await issueTicket(server.url, 'chung-thuc')
    const clerk = new ApiClient(server.url)
    await clerk.login('clerk2', PASSWORDS.clerk)
    await clerk.post('/api/counters/c2/open')
    expect((await clerk.post<{ current?: { number: string } }>('/api/counters/c2/call-next')).body.data.current?.number).toBe(ticket.number)

    const page = await (await browser.newContext({ viewport: WIDE })).newPage()
    await page.goto(`${server.url}/console/#/dashboard`)
    await signIn(page, 'manager', PASSWORDS.manager)
    await page.click('[data-force-close=c2]')
    await page.click('.modal .chip >> nth=0')
    await shot(page, 'force-close-dialog')
    await page.click('.modal button[type=submit]')
    await page.locator('tr[data-counter=c2].state-closed').waitFor()
    expect(await page.locator('[data-force-close=c2]').count()).toBe(0)
    expect((await counter('c2')).state).toBe('closed')
    const tracked = await new ApiClient(server.url).get<{ status: string; peopleAhead: number }>(`/api/tickets/${ticket.trackingCode}`)
    expect(tracked.body.data).toMatchObject({ status: 'waiting', peopleAhead: 0 })
    await shot(page, 'force-close-done')
    await page.context().close()
  })

  it('an admin rotates a rating-pad key: the paired tablet shows it is no longer paired', async () => {
    const page = await (await browser.newContext({ viewport: WIDE })).newPage()
    await page.goto(`${server.url}/console/#/admin?tab=counters`)
    await signIn(page, 'admin', PASSWORDS.admin)
    const oldHref = (await page.locator('a[data-pad-link=c3]').getAttribute('href'))!
    const pad = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await pad.goto(server.url + oldHref)
    await pad.waitForSelector('.pad[data-joined="c3"]')
    await page.click('[data-rotate-pad=c3]')
    await shot(page, 'pad-key-rotate')
    await page.click('.modal button.primary')
    await expect.poll(() => page.locator('a[data-pad-link=c3]').getAttribute('href')).not.toBe(oldHref)
    await pad.getByText('chưa được ghép với quầy 3').waitFor()
    await pad.screenshot({ path: artifactPath('security-pad-unpaired.png') })
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await fresh.goto(server.url + (await page.locator('a[data-pad-link=c3]').getAttribute('href'))!)
    await fresh.waitForSelector('.pad[data-joined="c3"]')
    await Promise.all([pad.close(), fresh.close(), page.context().close()])
  })

  it('an open console returns to the login when its user is deactivated', async () => {
    const page = await (await browser.newContext({ viewport: WIDE })).newPage()
    await page.goto(`${server.url}/console/`)
    await signIn(page, 'clerk5', PASSWORDS.clerk)
    const r = await admin.request('PUT', '/api/admin/users/clerk5', { displayName: 'Hoàng Thị Mai', role: 'clerk', counterId: 'c5', active: false })
    expect(r.status).toBe(200)
    await page.locator('.login-screen [data-expired]').waitFor({ timeout: 5000 })
    await shot(page, 'session-ended')
    await page.context().close()
  })

  it('the phone shows that a ticket has priority, never the group', async () => {
    const r = await new ApiClient(server.url).post<IssuedTicket>('/api/tickets', { serviceId: 'van-hoa', priorityGroup: 'phu-nu-co-thai' })
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await phone.goto(`${server.url}/t/${r.body.data.trackingCode}`)
    expect(await phone.locator('[data-testid=tracked-priority]').textContent()).toBe('Ưu tiên')
    expect(await phone.content()).not.toMatch(/Phụ nữ có thai|phu-nu-co-thai/)
    await phone.screenshot({ path: artifactPath('security-track-priority.png') })
    await phone.close()
  })
})
