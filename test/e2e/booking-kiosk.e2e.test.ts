import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { ApiClient } from '../support/api-client.js'
import { axeProblems } from '../support/axe.js'
import { artifactPath, chromiumPath, launchChromium } from '../support/browser.js'
import { bookByApi, bookOnPhone, typeCodeAtKiosk } from '../support/booking-page.js'
import { startClockedServer, type ClockedServer } from '../support/clocked-server.js'
import { signIn } from '../support/console-page.js'
import { writeQrY4m } from '../support/qr-video.js'
import { PASSWORDS } from '../support/server-process.js'

/**
 * The whole path in Chromium: book on a phone, check in at the kiosk by typing the code and by
 * showing the QR code to a (fake) camera, wait for the slot, and be called ahead of the walk-ins
 * who came earlier. A late arrival is refused and takes a walk-in ticket instead.
 */
const TODAY = '2026-12-01'
const at = (hhmm: string) => new Date(`${TODAY}T${hhmm}:00+07:00`).toISOString()
let server: ClockedServer
let browser: Browser
let camera: Browser | undefined
let phoneCamera: Browser | undefined
const clerk = () => new ApiClient(server.url)

beforeAll(async () => {
  server = await startClockedServer(at('06:30'))
  browser = await launchChromium()
})
afterAll(async () => {
  await camera?.close()
  await phoneCamera?.close()
  await browser?.close()
  await server?.stop()
})

async function kiosk(b: Browser, viewport = { width: 1080, height: 1920 }): Promise<Page> {
  const page = await (await b.newContext({ viewport, bypassCSP: true, permissions: ['camera'] })).newPage()
  await page.goto(`${server.url}/kiosk/`)
  await page.getByTestId('booking-entry').click()
  await page.getByTestId('checkin').waitFor()
  return page
}
/** Chromium whose camera plays `video` (Chromium's fake capture device), with the brief's flags. */
const withCamera = (video: string) =>
  chromium.launch({ executablePath: chromiumPath(), args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`] })
const walkIn = async () => (await new ApiClient(server.url).post<{ number: string }>('/api/tickets', { serviceId: 'tra-ket-qua' })).body.data.number

describe('booking → kiosk check-in → called at the slot, ahead of walk-ins', () => {
  it('runs the whole path', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage()
    const typed = await bookOnPhone(phone, server.url, 'tra-ket-qua', TODAY)
    const shown = await bookByApi(server.url, { serviceId: 'tra-ket-qua', date: TODAY, slotStart: typed.slot, name: 'Lê Thị Cúc' })
    const late = await bookByApi(server.url, { serviceId: 'tra-ket-qua', date: TODAY, slotStart: typed.slot, name: 'Phạm Văn Dũng' })

    // Two walk-ins come early, before anyone checks in.
    server.setTime(at('06:40'))
    const [w1, w2] = [await walkIn(), await walkIn()]

    // Typed on the keypad (no camera in this browser: the keypad alone, no error).
    server.setTime(at('06:45'))
    const k1 = await kiosk(browser)
    await k1.locator('[data-testid=checkin][data-camera=false]').waitFor()
    for (const k of typed.code.slice(0, 7)) await k1.click(`[data-key="${k}"]`)
    expect(await axeProblems(k1)).toEqual([])
    await k1.screenshot({ path: artifactPath('kiosk-checkin-1080x1920.png') })
    await k1.setViewportSize({ width: 1920, height: 1080 })
    await k1.screenshot({ path: artifactPath('kiosk-checkin-1920x1080.png') })
    await k1.getByTestId('key-clear').click()
    await typeCodeAtKiosk(k1, typed.code)
    await k1.getByTestId('ticket').waitFor()
    const t1 = (await k1.getByTestId('ticket-number').textContent())!
    expect(await k1.getByTestId('ticket-booked').textContent()).toBe(`Đã đặt lịch · ${typed.slot}`)
    await k1.screenshot({ path: artifactPath('kiosk-booked-ticket-1920x1080.png') })

    // Shown to the camera: Chromium's fake camera plays a video of the booking's QR code.
    server.setTime(at('06:50'))
    const video = await writeQrY4m(artifactPath('booking-qr.y4m'), shown)
    camera = await withCamera(video)
    const k2 = await kiosk(camera)
    await k2.getByTestId('ticket').waitFor({ timeout: 20_000 })
    const t2 = (await k2.getByTestId('ticket-number').textContent())!
    expect(await k2.getByTestId('ticket-booked').isVisible()).toBe(true)

    // Before the slot, the booked tickets wait: the clerk's next call is the first walk-in.
    const board = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage()
    await board.goto(`${server.url}/display/`)
    const c8 = clerk()
    await c8.login('clerk8', PASSWORDS.clerk)
    await c8.post('/api/counters/c8/open')
    server.setTime(at('06:55'))
    expect((await c8.post<{ current?: { number: string } }>('/api/counters/c8/call-next')).body.data.current?.number).toBe(w1)
    await c8.post('/api/counters/c8/finish', { outcome: 'tra-ket-qua' })

    // At the slot's start they go ahead of the walk-in who came before them.
    server.setTime(at(typed.slot))
    expect((await c8.post<{ current?: { number: string } }>('/api/counters/c8/call-next')).body.data.current?.number).toBe(t1)
    await board.locator(`.call.booked[data-number="${t1}"]`).waitFor()
    await board.screenshot({ path: artifactPath('board-booked-1920x1080.png') })
    await c8.post('/api/counters/c8/finish', { outcome: 'tra-ket-qua' })
    expect((await c8.post<{ current?: { number: string } }>('/api/counters/c8/call-next')).body.data.current?.number).toBe(t2)
    await c8.post('/api/counters/c8/finish', { outcome: 'tra-ket-qua' })
    expect((await c8.post<{ current?: { number: string } }>('/api/counters/c8/call-next')).body.data.current?.number).toBe(w2)

    // Later than the grace period: refused, and one touch takes a walk-in ticket instead.
    const lateTime = new Date(Date.parse(at(typed.slot)) + 16 * 60_000)
    server.setTime(lateTime.toISOString())
    const k3 = await kiosk(browser)
    await typeCodeAtKiosk(k3, late)
    await expect(k3.getByTestId('checkin-error').getAttribute('data-code')).resolves.toBe('BOOKING_LATE')
    await k3.getByTestId('walk-in').click()
    await k3.getByTestId('ticket').waitFor()
    expect(await k3.getByTestId('ticket-booked').count()).toBe(0)

    // And the manager sees it in the report: three booked, two checked in, both called within the slot's minutes.
    const manager = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
    await manager.goto(`${server.url}/console/`)
    await signIn(manager, 'manager', PASSWORDS.manager)
    await manager.goto(`${server.url}/console/#/history?from=${TODAY}&to=${TODAY}&groupBy=service`)
    const row = manager.locator('[data-testid=booking-report] tr[data-key="tra-ket-qua"]')
    expect(await row.locator('[data-col=made]').textContent()).toBe('3')
    expect(await row.locator('[data-col=checkedIn]').textContent()).toBe('2')
    expect(await row.locator('[data-col=calledWithin]').textContent()).toMatch(/^2\/2 /)
    // names leave the console only when the manager asks: the list they download holds them
    const href = (await manager.locator('[data-export=booking-names]').getAttribute('href'))!
    const list = await manager.evaluate(async (h) => (await fetch(h)).text(), href)
    expect(list).toContain('Nguyễn Thị Hoa')
    expect(list).toContain(typed.code)
    await row.scrollIntoViewIfNeeded()
    await manager.screenshot({ path: artifactPath('report-bookings-1440x900.png') })
  })

  it('checks a remote ticket in when its tracking page is shown to the camera', async () => {
    server.setTime(at('09:00'))
    const joined = await new ApiClient(server.url).post<{ trackingCode: string; number: string }>('/api/join', { serviceId: 'tra-ket-qua', lang: 'vi' }, { 'idempotency-key': 'e2e-remote-check-in-1' })
    const { trackingCode, number } = joined.body.data
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage()
    await phone.goto(`${server.url}/t/${trackingCode}`)
    await phone.getByTestId('check-in-qr').locator('svg').waitFor()
    const link = (await phone.getByTestId('check-in-qr').locator('svg').getAttribute('data-qr'))!
    expect(link).toBe(`${server.url}/t/${trackingCode}`)

    phoneCamera = await withCamera(await writeQrY4m(artifactPath('tracking-qr.y4m'), link))
    const k = await kiosk(phoneCamera)
    expect(await k.getByTestId('remote-checked-in').textContent({ timeout: 20_000 })).toContain(`số ${number}`)
    await phone.getByTestId('check-in-qr').waitFor({ state: 'detached' })
  })
})
