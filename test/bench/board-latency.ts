/**
 * Call-to-board latency: how long after a clerk presses "call next" the hall board shows the number.
 * Starts its own server and Chromium, makes 50 calls through the HTTP API and, for each, compares
 * the time just before the request with the moment a MutationObserver in the board sees the
 * number on counter 1's tile. Node's and the page's clocks are the same system clock; the offset
 * between them is measured anyway (round trip through page.evaluate) and taken out.
 *
 *   npx tsx test/bench/board-latency.ts [calls=50]
 */
import type { Page } from 'playwright-core'
import type { IssuedTicket } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { launchChromium } from '../support/browser.js'
import { PASSWORDS, startServer } from '../support/server-process.js'

const CALLS = Number(process.argv[2] ?? 50)

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/** Page clock minus Node clock, from the tightest of a few round trips. */
async function clockOffset(page: Page): Promise<number> {
  let best = { rtt: Infinity, offset: 0 }
  for (let i = 0; i < 10; i++) {
    const before = Date.now()
    const pageNow = (await page.evaluate('Date.now()')) as number
    const after = Date.now()
    if (after - before < best.rtt) best = { rtt: after - before, offset: pageNow - (before + after) / 2 }
  }
  return best.offset
}

/** A string, not a function: tsx's name-keeping helpers do not exist in the page. Returns at once (not the promise). */
async function armWatch(page: Page, selector: string): Promise<void> {
  await page.evaluate(`window.seenAt = new Promise((resolve) => {
    const found = () => (document.querySelector(${JSON.stringify(selector)}) ? (resolve(Date.now()), true) : false)
    if (found()) return
    const observer = new MutationObserver(() => found() && observer.disconnect())
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  }); undefined`)
}

const server = await startServer()
const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  page.on('crash', () => console.error('board page crashed'))
  page.on('pageerror', (e) => console.error('page error', e))
  await page.goto(`${server.url}/display/`)
  await page.waitForSelector('.board[data-connection="online"][data-voice-ready="true"]', { timeout: 30_000 })
  const kiosk = new ApiClient(server.url)
  const clerk = new ApiClient(server.url)
  await clerk.login('clerk1', PASSWORDS.clerk)
  await clerk.post('/api/counters/c1/open')
  const numbers: string[] = []
  for (let i = 0; i < CALLS; i++) numbers.push((await kiosk.post<IssuedTicket>('/api/tickets', { serviceId: 'tu-phap-ho-tich' })).body.data.number)

  const offset = await clockOffset(page)
  const board: number[] = []
  const ack: number[] = []
  for (const number of numbers) {
    await armWatch(page, `.tile[data-counter="1"][data-current="${number}"]`)
    const before = Date.now()
    const r = await clerk.post('/api/counters/c1/call-next')
    ack.push(Date.now() - before)
    if (r.status !== 200) throw new Error(`call-next failed: ${r.status} ${JSON.stringify(r.body)}`)
    const seen = (await page.evaluate('window.seenAt')) as number
    board.push(seen - offset - before)
    await clerk.post('/api/counters/c1/finish', { outcome: 'tiep-nhan' })
  }

  const show = (label: string, xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b)
    console.log(`${label.padEnd(28)} median ${percentile(s, 50).toFixed(0).padStart(4)} ms   p90 ${percentile(s, 90).toFixed(0).padStart(4)} ms   min ${s[0]!.toFixed(0)} ms   max ${s[s.length - 1]!.toFixed(0)} ms`)
  }
  console.log(`${CALLS} calls, clock offset page−node ${offset.toFixed(1)} ms`)
  show('call → board (shown)', board)
  show('call → HTTP reply (stored)', ack)
} finally {
  await browser.close()
  await server.stop()
}
