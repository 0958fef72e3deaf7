import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext } from 'playwright-core'
import type { BookingSettings } from '@luot/shared'
import { adminClient } from '../support/busy-day.js'
import { axeProblems } from '../support/axe.js'
import { artifactPath, launchChromium } from '../support/browser.js'
import { bookByApi } from '../support/booking-page.js'
import { startClockedServer, type ClockedServer } from '../support/clocked-server.js'
import { signIn } from '../support/console-page.js'
import { PASSWORDS } from '../support/server-process.js'

/** The console's side of bookings: today's bookings panel with a clerk's check-in, the queue's marks, and the admin's booking settings. */
const TODAY = '2026-12-01'
let server: ClockedServer
let browser: Browser
let ctx: BrowserContext

beforeAll(async () => {
  server = await startClockedServer(`${TODAY}T00:00:00.000Z`) // 07:00 in Hà Nội
  browser = await launchChromium()
  ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true }) // bypassCSP: to inject axe-core
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('clerk console: today’s bookings', () => {
  it('lists the bookings of the counter’s services by slot, checks one in, and marks its ticket in the queue', async () => {
    const code = await bookByApi(server.url, { serviceId: 'tra-ket-qua', date: TODAY, slotStart: '07:45', name: 'Hoàng Văn Em' })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/console/`)
    await signIn(page, 'clerk8', PASSWORDS.clerk)
    const row = page.locator(`[data-testid=bookings] [data-code="${code}"]`)
    expect(await row.textContent()).toContain('Hoàng Văn Em')
    expect(await row.getAttribute('data-status')).toBe('booked')
    expect(await page.locator('[data-testid=bookings] .booking-slot[data-slot="07:45"]').count()).toBe(1)
    expect(await axeProblems(page)).toEqual([])

    await row.getByRole('button').click()
    await page.locator(`[data-testid=bookings] [data-code="${code}"][data-status="checked-in"]`).waitFor()
    const mark = page.locator('.waiting-list li [data-mark=booked]')
    expect(await mark.textContent()).toBe('Đặt lịch 07:45')
    await page.screenshot({ path: artifactPath('console-bookings-1440x900.png') })
    await page.close()
  })
})

describe('admin: booking settings', () => {
  it('makes a service bookable, adds a make-up working day, and saves them with the settings', async () => {
    await ctx.clearCookies()
    const page = await ctx.newPage()
    await page.goto(`${server.url}/console/`)
    await signIn(page, 'admin', PASSWORDS.admin)
    await page.goto(`${server.url}/console/#/admin?tab=booking`)
    const vanPhong = page.locator('.booking-services tr[data-service="van-phong"]')
    await vanPhong.locator('input[name=bookable]').check()
    await vanPhong.locator('input[name=placesPerSlot]').fill('4')
    await page.getByTestId('add-day').click()
    const added = page.locator('.holiday-calendar tbody tr').last()
    await added.locator('input[name=calendar-date]').fill('2026-12-26')
    await added.locator('select[name=calendar-kind]').selectOption('working-day')
    await added.locator('input[name=calendar-vi]').fill('Làm bù ngày 2/1')
    await added.locator('input[name=calendar-en]').fill('Make-up for 2 January')
    expect(await axeProblems(page)).toEqual([])
    await page.screenshot({ path: artifactPath('console-admin-booking-1440x900.png'), fullPage: true })
    await page.locator('form[data-form=settings-booking] button[type=submit]').click()
    await page.locator('form[data-form=settings-booking] .ok-note').waitFor()

    const booking = (await (await adminClient(server.url)).get<{ settings: { booking: BookingSettings } }>('/api/admin/config')).body.data.settings.booking
    expect(booking.services.find((s) => s.serviceId === 'van-phong')).toMatchObject({ bookable: true, placesPerSlot: 4 })
    expect(booking.calendar.find((d) => d.date === '2026-12-26')).toEqual({ date: '2026-12-26', kind: 'working-day', name: { vi: 'Làm bù ngày 2/1', en: 'Make-up for 2 January' } })
    await page.close()
  })
})
