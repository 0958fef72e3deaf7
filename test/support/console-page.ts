import type { Page } from 'playwright-core'
import type { IssuedTicket } from '@luot/shared'
import { ApiClient } from './api-client.js'

/** Takes a ticket through the public API, as a kiosk would. */
export async function issueTicket(serverUrl: string, serviceId: string): Promise<IssuedTicket> {
  const r = await new ApiClient(serverUrl).post<IssuedTicket>('/api/tickets', { serviceId })
  if (r.status !== 201) throw new Error(`issue ${serviceId}: ${r.status}`)
  return r.body.data
}

/** Signs in on the console's login form and waits for the live connection. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.fill('input[name=username]', username)
  await page.fill('input[name=password]', password)
  await page.click('button[type=submit]')
  await page.waitForSelector('.header-bar .conn.up')
}

/** Presses Enter on the console and returns when (page clock) the key went down. */
export async function pressEnter(page: Page): Promise<number> {
  await page.evaluate(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    addEventListener('keydown', (e) => e.key === 'Enter' && ((window as unknown as { enterAt: number }).enterAt = Date.now()), { capture: true, once: true })
  })
  await page.keyboard.press('Enter')
  return page.evaluate(() => (window as unknown as { enterAt: number }).enterAt)
}
