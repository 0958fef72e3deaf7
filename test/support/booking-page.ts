import type { Page } from 'playwright-core'
import { ApiClient } from './api-client.js'
import { randomBytes } from 'node:crypto'

/** Books on the phone page as a citizen does: service, day, the first slot with places, name and phone. Returns the code and slot. */
export async function bookOnPhone(page: Page, url: string, serviceId: string, date: string, name = 'Nguyễn Thị Hoa'): Promise<{ code: string; slot: string }> {
  await page.goto(`${url}/book/`)
  await page.locator(`[data-testid=book-services] [data-service="${serviceId}"]`).click()
  await page.locator(`[data-date="${date}"]`).click()
  const slot = page.locator('[data-testid=slots] [data-slot]:not([disabled])').first()
  const start = (await slot.getAttribute('data-slot'))!
  await slot.click()
  await page.fill('input[name=name]', name)
  await page.fill('input[name=phone]', '0912 345 678')
  await page.getByTestId('book-submit').click()
  const code = (await page.getByTestId('booking').getAttribute('data-code'))!
  return { code, slot: start }
}

/** A booking made straight through the API (as the page would), for the tests that need several. */
export async function bookByApi(url: string, body: { serviceId: string; date: string; slotStart: string; name: string; phone?: string }): Promise<string> {
  const r = await new ApiClient(url).post<{ code: string }>('/api/bookings', { ...body, lang: 'vi' }, { 'idempotency-key': randomBytes(12).toString('base64url') })
  if (!r.body.ok) throw new Error(`booking: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body.data.code
}

/** Types a code on the kiosk's keypad, key by key, and asks: a booking's check-in, or "Nhận kết quả" (`screen` 'collect'). */
export async function typeCodeAtKiosk(page: Page, code: string, screen: 'checkin' | 'collect' = 'checkin'): Promise<void> {
  for (const k of code) await page.click(`[data-key="${k}"]`)
  await page.getByTestId(`${screen}-submit`).click()
}
