import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { axeProblems } from '../support/axe.js'
import { artifactPath, launchChromium } from '../support/browser.js'
import { bookOnPhone } from '../support/booking-page.js'
import { startClockedServer, type ClockedServer } from '../support/clocked-server.js'

// Tuesday 1 December 2026, 06:30 in Hà Nội: the centre opens at 07:30, so every slot of the day is ahead.
const TODAY = '2026-12-01'
let server: ClockedServer
let browser: Browser
let phone: BrowserContext

beforeAll(async () => {
  server = await startClockedServer('2026-11-30T23:30:00.000Z')
  browser = await launchChromium()
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true }) // bypassCSP: to inject axe-core
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const open = async (path: string): Promise<Page> => {
  const page = await phone.newPage()
  await page.goto(server.url + path)
  return page
}

describe('booking on a phone (/book/)', () => {
  it('shows closed days with their reason, books the first free slot, and shows the code and its QR', async () => {
    const page = await open('/book/')
    await page.locator('[data-testid=book-services] [data-service="tra-ket-qua"]').click()
    await page.getByTestId('days').waitFor()
    // Sunday 6 December: closed, and the page says why.
    const sunday = page.locator('[data-date="2026-12-06"]')
    await expect(sunday.isDisabled()).resolves.toBe(true)
    expect(await sunday.textContent()).toContain('Nghỉ cuối tuần')
    expect(await axeProblems(page)).toEqual([])

    const { code, slot } = await bookOnPhone(page, server.url, 'tra-ket-qua', TODAY)
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{15}$/)
    expect(await page.getByTestId('booking-code').textContent()).toBe(`${code.slice(0, 5)}-${code.slice(5, 10)}-${code.slice(10)}`)
    expect(await page.locator('.booking-qr').getAttribute('data-qr')).toBe(code)
    expect(await page.getByTestId('booking-time').textContent()).toContain(slot)
    expect(page.url()).toContain(`?code=${code}`)
    expect(await axeProblems(page)).toEqual([])
    await page.screenshot({ path: artifactPath('book-confirmed-390x844.png'), fullPage: true })
    await page.setViewportSize({ width: 360, height: 740 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.close()
  })

  it('finds a booking by its code, moves it to another slot, then cancels it', async () => {
    const page = await phone.newPage()
    const { code, slot } = await bookOnPhone(page, server.url, 'chung-thuc', TODAY, 'Trần Văn Bình')
    await page.goto(`${server.url}/book/`)
    await page.getByTestId('tab-manage').click()
    await page.fill('input[name=code]', code.toLowerCase().replace(/(.{5})/g, '$1 ')) // typed loosely: lower case, spaces
    await page.locator('[data-testid=find-booking] button[type=submit]').click()
    await expect(page.getByTestId('booking').getAttribute('data-status')).resolves.toBe('booked')

    await page.getByTestId('move').click()
    await page.locator(`[data-date="${TODAY}"]`).click()
    const other = page.locator(`[data-testid=slots] [data-slot]:not([disabled]):not([data-slot="${slot}"])`).first()
    const newSlot = (await other.getAttribute('data-slot'))!
    await other.click()
    await page.getByTestId('manage-notice').waitFor()
    expect(await page.getByTestId('booking-time').textContent()).toContain(newSlot)

    await page.getByTestId('cancel').click()
    await page.getByTestId('cancel-yes').click()
    // the page shows the answer once the server has it
    await page.locator('[data-testid=booking][data-status=cancelled]').waitFor()
    expect(await page.getByTestId('booking-status').textContent()).toBe('Đã huỷ')
    await page.close()
  })

  it('says plainly when a code is unknown', async () => {
    const page = await open('/book/')
    await page.getByTestId('tab-manage').click()
    await page.fill('input[name=code]', '00000-00000-00000')
    await page.locator('[data-testid=find-booking] button[type=submit]').click()
    await expect(page.getByTestId('error').getAttribute('data-code')).resolves.toBe('BOOKING_NOT_FOUND')
    await page.close()
  })
})

describe('joining the queue from a phone (/join/)', () => {
  it('lists services with waiting and places left, takes a remote ticket and opens its tracking page', async () => {
    server.setTime('2026-12-01T02:00:00.000Z') // 09:00, open
    const page = await open('/join/')
    const service = page.locator('[data-testid=join-services] [data-service="tra-ket-qua"]')
    expect(await service.textContent()).toMatch(/người đang chờ · còn \d+ số từ xa/)
    expect(await axeProblems(page)).toEqual([])
    await page.screenshot({ path: artifactPath('join-390x844.png'), fullPage: true })
    await service.click()
    await page.waitForURL(/\/t\/[A-Za-z0-9_-]+$/)
    await page.getByTestId('tracked').waitFor()
    expect(await page.getByTestId('tracked-number').textContent()).toMatch(/\S+/)
    await page.close()
  })
})
