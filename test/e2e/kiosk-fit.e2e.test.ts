import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Service } from '@luot/shared'
import { artifactPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { addLongService, adminClient, LONG_SERVICE } from '../support/busy-day.js'
import { type ServerProcess } from '../support/server-process.js'

let server: ServerProcess
let browser: Browser

beforeAll(async () => {
  ;({ server, browser } = await startServerAndBrowser())
  await addLongService(server.url)
})
afterAll(() => stopServerAndBrowser(server, browser))

/** Tiles whose text does not fit: overflowing its box, drawn outside the button, or shrunk past reading. */
/** What overflows once the layout has settled: resize observers refit in the frame after a change, so two frames pass first. */
async function tileProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
  return page.evaluate(() => {
    const bad: string[] = []
    for (const button of document.querySelectorAll('.service-button')) {
      const id = button.getAttribute('data-service')
      const box = button.getBoundingClientRect()
      const text = button.querySelector<HTMLElement>('.service-text')!
      if (text.scrollHeight > text.clientHeight + 1 || text.scrollWidth > text.clientWidth + 1) bad.push(`${id}: text ${text.scrollWidth}×${text.scrollHeight} in ${text.clientWidth}×${text.clientHeight}`)
      for (const el of button.querySelectorAll<HTMLElement>('.service-name, .service-name-other, .service-meta, .service-code')) {
        if (getComputedStyle(el).display === 'none') continue
        const r = el.getBoundingClientRect()
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) bad.push(`${id}: ${el.className} outside its tile`)
      }
      const name = parseFloat(getComputedStyle(button.querySelector('.service-name')!).fontSize)
      if (name < 16) bad.push(`${id}: name at ${name}px`)
    }
    return bad
  })
}

describe.each([
  { orientation: 'portrait', viewport: { width: 1080, height: 1920 } },
  { orientation: 'landscape', viewport: { width: 1920, height: 1080 } },
])('the kiosk in $orientation with the 10 demo services and a very long one', ({ orientation, viewport }) => {
  it.each(['vi', 'en'])('fits every name in its tile (%s)', async (lang) => {
    const page = await browser.newPage({ viewport })
    await page.goto(`${server.url}/kiosk/`)
    await page.locator(`[data-service="${LONG_SERVICE.id}"]`).waitFor()
    if (lang === 'en') {
      await page.getByTestId('lang-switch').click()
      await page.waitForSelector('.kiosk.lang-en')
    }
    expect(await page.locator('.service-button').count()).toBe(11)
    expect(await page.locator(`[data-service="${LONG_SERVICE.id}"] .service-name`).textContent()).toBe(LONG_SERVICE.name[lang as 'vi' | 'en'])
    expect(await tileProblems(page)).toEqual([])
    await page.screenshot({ path: artifactPath(`kiosk-fit-${orientation}-${lang}.png`) })
    await page.close()
  })
})

describe('the kiosk', () => {
  it('shows a service’s short label when the centre set one', async () => {
    const admin = await adminClient(server.url)
    const shortLabel = { vi: 'Hộ kinh doanh, hợp tác xã', en: 'Household business, co-ops' }
    expect((await admin.request('PUT', `/api/admin/services/${LONG_SERVICE.id}`, { ...LONG_SERVICE, shortLabel } satisfies Service)).status).toBe(200)
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } })
    await page.goto(`${server.url}/kiosk/`)
    const tile = page.locator(`[data-service="${LONG_SERVICE.id}"]`)
    await expect.poll(() => tile.locator('.service-name').textContent()).toBe(shortLabel.vi)
    expect(await tile.locator('.service-name-other').textContent()).toBe(shortLabel.en)
    expect(await tileProblems(page)).toEqual([])
    expect((await admin.request('PUT', `/api/admin/services/${LONG_SERVICE.id}`, LONG_SERVICE)).status).toBe(200)
    await page.close()
  })

  it('gives the priority groups the whole screen, in both languages', async () => {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } })
    await page.goto(`${server.url}/kiosk/`)
    await page.getByTestId('priority-toggle').click()
    const screen = page.getByTestId('priority-screen')
    await screen.waitFor()
    const grid = (await page.locator('.priority-grid').boundingBox())!
    expect(grid.y + grid.height).toBeGreaterThan(1920 * 0.75) // not only the top third
    expect(await screen.textContent()).toContain('Which priority group are you in?')
    expect(await page.locator('[data-group=nguoi-cao-tuoi]').textContent()).toMatch(/Người cao tuổi.*Elderly/i)
    await page.screenshot({ path: artifactPath('kiosk-priority.png') })
    await page.close()
  })
})
