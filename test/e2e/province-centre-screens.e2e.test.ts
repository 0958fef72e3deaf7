import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CentreCreated, Counter, Service } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { artifactPath, launchChromium } from '../support/browser.js'
import { pressEnter, signIn } from '../support/console-page.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../support/postgres.js'
import { provinceClient, startProvince } from '../support/province.js'
import { readyCentre } from '../support/province-page.js'

const A = 'phuong-thanh-khe'
const B = 'phuong-lien-chieu'
const CLERK_PASSWORD = 'canbo-thanh-khe-1'

/**
 * A centre of a province installation, its screens in Chromium at `/c/{slug}/`: the kiosk takes a
 * ticket, the clerk console calls it, its hall board shows it and the phone follows it, while the
 * other centre's board hears nothing and its console does not know the clerk.
 */
describe.skipIf(skipPostgres())("a centre's screens under its own path", () => {
  let pg: TestPostgres
  let province: Awaited<ReturnType<typeof startProvince>>
  let browser: Browser
  let clerkCtx: BrowserContext
  let console_: Page
  let service: Service
  let counter: Counter

  beforeAll(async () => {
    pg = await testPostgres()
    province = await startProvince(await pg.newDatabase(), { centreOptions: { serveApps: true } })
    browser = await launchChromium()
    const admin = await provinceClient(province.base, 'admin')
    const made = new Map<string, string>()
    for (const [slug, name] of [[A, 'Phường Thanh Khê'], [B, 'Phường Liên Chiểu']] as const) {
      const r = await admin.post<CentreCreated>('/api/province/centres', { slug, name, nameEn: name.replace('Phường ', '') + ' Ward', kind: 'commune', district: '', formerDistrict: '', commune: '', address: '', hotline: '' })
      expect(r.status).toBe(200)
      made.set(slug, r.body.data.admin.password)
    }
    const a = await readyCentre(province.base, A, made.get(A)!, 15)
    await readyCentre(province.base, B, made.get(B)!, 15)
    const config = (await a.centre.get<{ counters: Counter[]; services: Service[] }>('/api/admin/config')).body.data
    counter = config.counters[0]!
    service = config.services.find((s) => s.id === counter.serviceIds[0])! // an area counter 1 calls first
    const clerk = await a.centre.post('/api/admin/users', { username: 'canbo1', displayName: 'Nguyễn Thị Lan', role: 'clerk', counterId: counter.id, active: true, password: CLERK_PASSWORD })
    expect(clerk.status).toBe(201)
  })
  afterAll(async () => {
    await browser?.close()
    await province?.close()
    await pg?.close()
  })

  const board = async (slug: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${province.base}/c/${slug}/display/`)
    await page.waitForSelector('.board[data-connection="online"]')
    return page
  }

  it("takes a ticket at A's kiosk, calls it from A's console: A's board and the phone show it, B's board does not", async () => {
    const boardA = await board(A)
    const boardB = await board(B)
    clerkCtx = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    console_ = await clerkCtx.newPage()
    await console_.goto(`${province.base}/c/${A}/console/`)
    await signIn(console_, 'canbo1', CLERK_PASSWORD)
    expect(await console_.locator('select[name=counter]').inputValue()).toBe(counter.id)
    await console_.keyboard.press('o')
    await console_.waitForSelector('.counter-bar .badge[data-state=open]')

    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } })
    await kiosk.goto(`${province.base}/c/${A}/kiosk/`)
    await kiosk.locator(`[data-service=${service.id}]`).click()
    const number = (await kiosk.getByTestId('ticket-number').textContent())!.trim()
    const link = (await kiosk.locator('[data-qr]').first().getAttribute('data-qr'))!
    // the tracking link carries the centre's path (on the province's public address)
    expect(link).toMatch(new RegExp(`^http://luot\\.test/c/${A}/t/[A-Za-z0-9_-]+$`))
    await kiosk.screenshot({ path: artifactPath('province-centre-kiosk-1080x1920.png') })
    await kiosk.close()
    await console_.waitForSelector(`.waiting-counts li[data-service=${service.id}] .count >> text=1`)

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    await phone.goto(province.base + new URL(link).pathname)
    expect(await phone.getByTestId('tracked-number').textContent()).toBe(number)
    expect(await phone.getByTestId('tracked').getAttribute('data-status')).toBe('waiting')

    await pressEnter(console_)
    await boardA.waitForSelector(`.call.latest[data-number="${number}"][data-counter="${counter.number}"]`)
    await console_.locator(`.ticket-panel[data-ticket="${number}"][data-phase=called]`).waitFor()
    await phone.locator('[data-testid=tracked][data-status=called]').waitFor()
    await boardA.screenshot({ path: artifactPath('province-centre-board-1920x1080.png') })
    await phone.screenshot({ path: artifactPath('province-centre-track-390x844.png') })
    // B's board has been connected all along: nothing of A's reached it
    expect(await boardB.locator('.call').count()).toBe(0)
    expect(await boardB.locator('.board').getAttribute('data-connection')).toBe('online')
    for (const p of [boardA, boardB, phone]) await p.close()
  })

  it("A's clerk session is A's alone: B's console asks for a sign-in, and A's name and password do not open it", async () => {
    expect((await clerkCtx.cookies()).filter((c) => c.name === 'luot_session').map((c) => c.path)).toEqual([`/c/${A}/`])
    const other = await clerkCtx.newPage()
    await other.goto(`${province.base}/c/${B}/console/`)
    await other.locator('.login-form').waitFor()
    await other.fill('input[name=username]', 'canbo1')
    await other.fill('input[name=password]', CLERK_PASSWORD)
    await other.click('button[type=submit]')
    await other.locator('.login-form .error-note[data-code=BAD_CREDENTIALS]').waitFor()
    await other.close()
    // and A's console is still signed in
    await console_.reload()
    await console_.waitForSelector('.header-bar .conn.up')
    expect((await new ApiClient(`${province.base}/c/${B}`).get('/api/snapshot')).status).toBe(200)
  })
})
