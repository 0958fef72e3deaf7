import jsqrModule from 'jsqr'
import { PNG } from 'pngjs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublicSnapshot, Service, Settings, TrackedTicket } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { artifactPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { PASSWORDS, startServer, type ServerProcess } from '../support/server-process.js'

// jsqr is CommonJS typed as an ES module: under NodeNext the function is the default's `default`.
const jsQR = jsqrModule.default

/**
 * The kiosk and the citizen's tracking page in real Chromium against a real server process:
 * tap → ticket → QR code read back from a screenshot → phone page → called live → rating.
 */
let server: ServerProcess
let browser: Browser
let api: ApiClient
let clerk: ApiClient
let admin: ApiClient

const PORTRAIT = { width: 1080, height: 1920 }
const LANDSCAPE = { width: 1920, height: 1080 }
const PHONE = { width: 390, height: 844 }

async function snapshot(): Promise<PublicSnapshot> {
  return (await api.get<PublicSnapshot>('/api/snapshot')).body.data
}
const issuedToday = async (serviceId: string) => (await snapshot()).services.find((s) => s.id === serviceId)!.issuedToday

async function openKiosk(query = '', viewport = PORTRAIT): Promise<Page> {
  const page = await browser.newPage({ viewport, hasTouch: true })
  await page.goto(`${server.url}/kiosk/${query}`)
  await page.locator('[data-service]').first().waitFor()
  return page
}

/** Reads the QR code the way a phone would: from the pixels of a screenshot. */
function decodeQr(png: Buffer): string {
  const img = PNG.sync.read(png)
  const code = jsQR(new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), img.width, img.height)
  if (!code) throw new Error('no QR code found in the screenshot')
  return code.data
}

async function noScroll(page: Page): Promise<void> {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, inner: window.innerHeight }))
  expect(scroll).toBeLessThanOrEqual(inner)
  const boxes = await page.locator('[data-service]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
  expect(boxes).toHaveLength(10)
  for (const b of boxes) {
    expect(b.bottom).toBeLessThanOrEqual(page.viewportSize()!.height)
    expect(b.height).toBeGreaterThanOrEqual(64)
    expect(b.width).toBeGreaterThanOrEqual(64)
  }
}

beforeAll(async () => {
  ;({ server, browser } = await startServerAndBrowser())
  api = new ApiClient(server.url)
  clerk = new ApiClient(server.url)
  await clerk.login('clerk1', PASSWORDS.clerk)
  admin = new ApiClient(server.url)
  await admin.login('admin', PASSWORDS.admin)
})

afterAll(() => stopServerAndBrowser(server, browser))

describe('kiosk and tracking page', () => {
  it('takes a ticket, shows its QR code, and the phone follows it live until the rating', async () => {
    const kiosk = await openKiosk('?kiosk=k1')
    await kiosk.screenshot({ path: artifactPath('kiosk-portrait.png') })
    await noScroll(kiosk)

    const before = await issuedToday('tu-phap-ho-tich')
    await kiosk.locator('[data-service=tu-phap-ho-tich]').click()
    const number = (await kiosk.getByTestId('ticket-number').textContent())!.trim()
    expect(await issuedToday('tu-phap-ho-tich')).toBe(before + 1)
    await expect.poll(() => kiosk.getByTestId('ticket-time').textContent()).toMatch(/^\d{2}:\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/)
    expect(await kiosk.getByTestId('ticket-counters').textContent()).toBe('1, 2')
    const shot = await kiosk.screenshot({ path: artifactPath('kiosk-ticket.png') })

    const url = decodeQr(shot)
    expect(url.startsWith(`${server.url}/t/`)).toBe(true)
    const code = url.slice(`${server.url}/t/`.length)
    const viaApi = (await api.get<TrackedTicket>(`/api/tickets/${code}`)).body.data
    expect(viaApi.number).toBe(number)
    expect(viaApi.service.id).toBe('tu-phap-ho-tich')

    const phone = await browser.newPage({ viewport: PHONE, hasTouch: true, isMobile: true })
    await phone.addInitScript(() => {
      const w = window as unknown as { vibrations: number }
      w.vibrations = 0
      const vibrate = navigator.vibrate?.bind(navigator) as ((p: VibratePattern) => boolean) | undefined
      navigator.vibrate = ((pattern: VibratePattern) => (w.vibrations++, vibrate ? vibrate(pattern) : true)) as Navigator['vibrate']
    })
    await phone.goto(url)
    await expect.poll(() => phone.getByTestId('tracked-number').textContent()).toBe(number)
    expect(await phone.getByTestId('tracked').getAttribute('data-status')).toBe('waiting')
    expect(await phone.getByTestId('tracked-ahead').textContent()).toBe('0')
    // no counter for it is open yet: the same words as the board and the kiosk, no invented minutes
    expect(await phone.getByTestId('tracked-wait').textContent()).toBe('Chưa có quầy mở')
    expect(viaApi.estimatedWaitMinutes).toBeNull()
    await phone.screenshot({ path: artifactPath('track-waiting.png'), fullPage: true })
    await phone.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))

    expect((await clerk.post('/api/counters/c1/open')).status).toBe(200)
    const called = await clerk.post<{ current: { number: string } }>('/api/counters/c1/call-next')
    expect(called.body.data.current.number).toBe(number)
    await phone.getByTestId('called').waitFor({ timeout: 5000 })
    expect(await phone.getByTestId('called-counter').textContent()).toBe('1')
    expect(await phone.getByTestId('called').textContent()).toContain('Mời Ông/Bà đến quầy số')
    expect(await phone.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
    expect(await phone.evaluate(() => (window as unknown as { vibrations: number }).vibrations)).toBe(1)
    await phone.screenshot({ path: artifactPath('track-called.png'), fullPage: true })

    expect((await clerk.post('/api/counters/c1/start')).status).toBe(200)
    expect((await clerk.post('/api/counters/c1/finish', { outcome: 'tiep-nhan' })).status).toBe(200)
    await phone.getByTestId('rating').waitFor({ timeout: 5000 })
    const levels = await phone.locator('[data-testid=rating] [data-value]').allTextContents()
    expect(levels).toEqual(['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng', 'Rất không hài lòng'])
    await phone.locator('[data-testid=rating] [data-value="2"]').click()
    // recorded at the tap; "Gửi đánh giá" stays usable with no reason chosen
    await phone.getByTestId('rating-recorded').waitFor()
    expect((await api.get<TrackedTicket>(`/api/tickets/${code}`)).body.data.rated).toBe(true)
    expect(await phone.getByTestId('rating-submit').isDisabled()).toBe(false)
    await phone.getByLabel('Phải chờ lâu').check()
    await phone.locator('textarea').fill('Chờ hơi lâu')
    await phone.screenshot({ path: artifactPath('track-rating.png'), fullPage: true })
    await phone.getByTestId('rating-submit').click()
    await phone.getByTestId('rating-thanks').waitFor()
    await phone.screenshot({ path: artifactPath('track-rated.png'), fullPage: true })

    const again = await api.post(`/api/tickets/${code}/rating`, { value: 5 })
    expect(again.body.error.code).toBe('ALREADY_RATED')
    await phone.reload()
    await phone.getByTestId('rating-already').waitFor()
    expect(await phone.getByTestId('rating-already').textContent()).toBe('Ông/Bà đã đánh giá phiếu này.')
    await kiosk.close()
    await phone.close()
  })

  it('issues one ticket for a double tap', async () => {
    const kiosk = await openKiosk()
    const before = await issuedToday('van-hoa')
    await kiosk.locator('[data-service=van-hoa]').dblclick()
    await kiosk.getByTestId('ticket-number').waitFor()
    await kiosk.getByTestId('done').click()
    // Two clicks in the same task, before Preact re-renders the disabled button.
    await kiosk.evaluate(() => {
      const b = document.querySelector<HTMLButtonElement>('[data-service=van-hoa]')!
      b.click()
      b.click()
    })
    await kiosk.getByTestId('ticket-number').waitFor()
    await kiosk.waitForTimeout(500)
    expect(await issuedToday('van-hoa')).toBe(before + 2)
    await kiosk.close()
  })

  it('fits ten services in landscape and switches to English in one touch', async () => {
    const kiosk = await openKiosk('', LANDSCAPE)
    await noScroll(kiosk)
    await kiosk.screenshot({ path: artifactPath('kiosk-landscape.png') })
    await kiosk.getByTestId('lang-switch').click()
    await expect.poll(() => kiosk.locator('h2').first().textContent()).toBe('Take a number')
    expect(await kiosk.locator('[data-service=dat-dai] .service-name').textContent()).toBe('Land')
    await kiosk.screenshot({ path: artifactPath('kiosk-landscape-en.png') })
    await kiosk.close()
  })

  it('takes a priority ticket, prints it with the browser, and returns by itself', async () => {
    const settings = (await admin.get<{ settings: Settings }>('/api/admin/config')).body.data.settings
    expect((await admin.request('PUT', '/api/admin/settings', { ...settings, kioskReturnSeconds: 5 })).status).toBe(200)
    const kiosk = await browser.newPage({ viewport: PORTRAIT })
    await kiosk.addInitScript(() => {
      const w = window as unknown as { printed: number }
      w.printed = 0
      window.print = () => void w.printed++
    })
    await kiosk.goto(`${server.url}/kiosk/?print=browser`)
    await kiosk.getByTestId('priority-toggle').click()
    await kiosk.locator('[data-group=nguoi-cao-tuoi]').click()
    expect(await kiosk.getByTestId('priority-chosen').textContent()).toContain('Người cao tuổi')
    await kiosk.locator('[data-service=dat-dai]').click()
    await kiosk.getByTestId('ticket-number').waitFor()
    await expect.poll(() => kiosk.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
    expect(await kiosk.getByTestId('countdown').textContent()).toMatch(/[1-5] giây/)
    await kiosk.emulateMedia({ media: 'print' })
    await kiosk.setViewportSize({ width: 302, height: 1000 })
    expect(await kiosk.locator('.centre-header').isVisible()).toBe(false)
    // the same layout as the thermal printer's ticket (ticketBlocks): same lines, same labels, same order
    const roles = await kiosk.locator('.print-ticket [data-role]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-role'), e.textContent]))
    expect(roles.map(([r]) => r)).toEqual(['centre', 'subtitle', 'heading', 'number', 'service', 'detail', 'detail', 'detail', 'priority', 'hotline', 'footer'])
    const text = roles.map(([, t]) => t)
    expect(text[2]).toBe('SỐ THỨ TỰ')
    expect(text[5]).toMatch(/^Quầy: [\d, ]+$/)
    expect(text[6]).toMatch(/^Số người chờ trước: \d+$/)
    expect(text[7]).toMatch(/^Buổi (sáng|chiều), \d\d:\d\d:\d\d ngày \d\d\/\d\d\/\d{4}$/)
    expect(text[8]).toBe('Ưu tiên: Người cao tuổi')
    expect(text[10]).toBe('Vui lòng giữ phiếu và chờ gọi số. Xin cảm ơn!')
    expect(await kiosk.locator('.print-ticket svg.pt-qr').count()).toBe(1)
    await kiosk.screenshot({ path: artifactPath('kiosk-print-80mm.png') })
    await kiosk.emulateMedia({ media: 'screen' })
    await kiosk.setViewportSize(PORTRAIT)
    await kiosk.locator('[data-service]').first().waitFor({ timeout: 8000 })
    expect(await kiosk.getByTestId('priority-toggle').isVisible()).toBe(true)
    await kiosk.close()
  })

  it('says when the cap is reached or the centre is closed', async () => {
    const kiosk = await openKiosk()
    const config = (await admin.get<{ services: Service[]; centre: PublicSnapshot['centre'] & { openingHours: unknown } }>('/api/admin/config')).body.data
    const vanPhong = config.services.find((s) => s.id === 'van-phong')!
    const cap = (await issuedToday('van-phong')) + 1
    expect((await admin.request('PUT', '/api/admin/services/van-phong', { ...vanPhong, dailyCap: cap })).status).toBe(200)
    await kiosk.locator('[data-service=van-phong]').click()
    await kiosk.getByTestId('done').click()
    const button = kiosk.locator('[data-service=van-phong]')
    await expect.poll(() => button.isDisabled()).toBe(true)
    expect(await button.textContent()).toContain('Đã hết số hôm nay')

    const closedWeek = { enforce: true, weekdays: [[], [], [], [], [], [], []] }
    expect((await admin.request('PUT', '/api/admin/centre', { ...config.centre, openingHours: closedWeek })).status).toBe(200)
    await kiosk.getByTestId('closed').waitFor()
    expect(await kiosk.getByTestId('closed').textContent()).toContain('Ngoài giờ làm việc')
    expect(await kiosk.locator('[data-service=chung-thuc]').isDisabled()).toBe(true)
    await kiosk.screenshot({ path: artifactPath('kiosk-closed.png') })
    expect((await admin.request('PUT', '/api/admin/centre', config.centre)).status).toBe(200)
    await expect.poll(() => kiosk.locator('[data-service=chung-thuc]').isDisabled()).toBe(false)
    await kiosk.close()
  })

  it('shows not-found for an unknown code', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } })
    for (const code of ['Unknown-code-1234', 'x']) {
      await phone.goto(`${server.url}/t/${code}`)
      await phone.getByTestId('not-found').waitFor()
      expect(await phone.getByTestId('not-found').textContent()).toContain('Không tìm thấy phiếu')
      expect(await phone.locator('[data-testid=tracked]').count()).toBe(0)
    }
    await phone.screenshot({ path: artifactPath('track-not-found.png') })
    await phone.close()
  })

  it('shows the attract screen when idle', async () => {
    const kiosk = await openKiosk('?idle=5')
    await kiosk.getByTestId('idle').waitFor({ timeout: 8000 })
    expect(await kiosk.getByTestId('idle').textContent()).toContain('Chạm để lấy số')
    expect(await kiosk.locator('[data-testid=idle-touch] path').getAttribute('d')).toMatch(/^M\d/) // a touch icon, not a blank disc
    await kiosk.screenshot({ path: artifactPath('kiosk-idle.png') })
    await kiosk.getByTestId('idle').click()
    await kiosk.locator('[data-service]').first().waitFor()
    expect(await kiosk.evaluate(() => getComputedStyle(document.body).userSelect)).toBe('none')
    await kiosk.close()
  })

  it('covers the screen while the server is down and recovers without a reload', async () => {
    const kiosk = await openKiosk()
    await kiosk.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
    const { port, dataDir } = server
    await server.stop()
    await kiosk.getByTestId('disconnected').waitFor({ timeout: 15_000 })
    expect(await kiosk.getByTestId('disconnected').textContent()).toContain('Mất kết nối')
    await kiosk.screenshot({ path: artifactPath('kiosk-disconnected.png') })
    server = await startServer({ port, dataDir })
    await kiosk.getByTestId('disconnected').waitFor({ state: 'detached', timeout: 20_000 })
    const before = await issuedToday('chung-thuc')
    await kiosk.locator('[data-service=chung-thuc]').click()
    await kiosk.getByTestId('ticket-number').waitFor()
    expect(await issuedToday('chung-thuc')).toBe(before + 1)
    expect(await kiosk.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
    await kiosk.close()
  })
})
