import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { artifactPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { addCounters, addLongService, busyMorning } from '../support/busy-day.js'
import { expectNoOverflow } from '../support/layout.js'
import { type ServerProcess } from '../support/server-process.js'
import { textSizes } from '../support/text-sizes.js'

let server: ServerProcess
let browser: Browser

beforeAll(async () => {
  ;({ server, browser } = await startServerAndBrowser())
  await addLongService(server.url)
  await addCounters(server.url, 14)
  await busyMorning(server.url)
})
afterAll(() => stopServerAndBrowser(server, browser))

// From the back of the hall: nothing under 24 px on a 1080p TV, nothing under 16 px on a 720p one.
describe.each([
  { width: 1920, height: 1080, minPx: 24 },
  { width: 1280, height: 720, minPx: 16 },
])('the hall board at $width×$height with 11 services and 14 counters', ({ width, height, minPx }) => {
  it(`draws no text under ${minPx} px, and pages what does not fit instead of shrinking it`, async () => {
    const page = await browser.newPage({ viewport: { width, height } })
    await page.goto(`${server.url}/display/`)
    await page.waitForSelector('.board[data-connection="online"] .call')
    const seen = { services: new Set<string>(), counters: new Set<string>() }
    const look = async (): Promise<void> => {
      const sizes = await textSizes(page, '.board')
      expect(sizes.length).toBeGreaterThan(40)
      expect(sizes.filter((s) => s.px < minPx)).toEqual([])
      for (const id of await page.locator('.service').evaluateAll((els) => els.map((e) => e.getAttribute('data-service')!))) seen.services.add(id)
      for (const n of await page.locator('.tile').evaluateAll((els) => els.map((e) => e.getAttribute('data-counter')!))) seen.counters.add(n)
      await expectNoOverflow(page)
    }
    await look()
    await page.screenshot({ path: artifactPath(`board-readable-${width}x${height}.png`) })
    const mark = await page.locator('.waiting [data-testid="page-mark"]').textContent()
    expect(mark).toMatch(/^[12]\/2$/)
    expect(await page.locator('.counters [data-testid="page-mark"]').textContent()).toBe(mark)
    // the pages turn every 10 s: look again until both pages were seen (a turn can fall between two reads)
    const deadline = Date.now() + 30_000
    while ((seen.services.size < 11 || seen.counters.size < 14) && Date.now() < deadline) {
      await page.waitForTimeout(1000)
      await look()
    }
    expect(seen.services.size).toBe(11) // every service shown, a page at a time
    expect(seen.counters.size).toBe(14)
    await page.close()
  })
})
