/**
 * Kiosk benchmark: time from a tap on a service button to the ticket on screen (median and p90 of
 * 20 taps in real Chromium against a real server process), plus the gzip size of the JavaScript
 * each kiosk page loads. Run: `npm run build -w @luot/kiosk && npx tsx test/bench/kiosk-tap.ts`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchChromium } from '../support/browser.js'
import { ROOT, startServer } from '../support/server-process.js'

const TAPS = 20
const WARM_UP = 3
const SERVICES = ['van-phong', 'tu-phap-ho-tich', 'chung-thuc', 'dat-dai', 'van-hoa']

/** gzip bytes of the scripts an HTML page loads (its entry and the chunks it preloads). */
function pageScriptsGzip(html: string): { files: string[]; bytes: number } {
  const dist = join(ROOT, 'kiosk/dist')
  const text = readFileSync(join(dist, html), 'utf8')
  const files = [...text.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0)
  return { files, bytes }
}

/**
 * Measured inside the page: from the click to the first frame painted after the ticket exists.
 * A string, so tsx's helpers (esbuild's __name) stay out of the browser.
 */
const measureTap = (serviceId: string) => `new Promise((resolve) => {
  const t0 = performance.now()
  document.querySelector('[data-service="${serviceId}"]').click()
  const check = () => {
    if (document.querySelector('[data-testid=ticket-number]')) requestAnimationFrame(() => resolve(performance.now() - t0))
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})`

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'kiosk/dist/index.html'))) throw new Error('kiosk not built: npm run build -w @luot/kiosk')
  for (const [name, html] of [['kiosk', 'index.html'], ['tracking page', 'track.html']] as const) {
    const { files, bytes } = pageScriptsGzip(html)
    console.log(`${name} JS (gzip): ${kb(bytes)}  [${files.join(', ')}]`)
  }

  const server = await startServer()
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true })
    await page.goto(`${server.url}/kiosk/?kiosk=bench`)
    await page.locator('[data-service]').first().waitFor()
    const times: number[] = []
    for (let i = 0; i < WARM_UP + TAPS; i++) {
      const serviceId = SERVICES[i % SERVICES.length]!
      // Measured inside the page: from the click to the first frame painted after the ticket exists.
      const ms = await page.evaluate<number>(measureTap(serviceId))
      if (i >= WARM_UP) times.push(ms)
      await page.getByTestId('done').click()
      await page.locator('[data-service]').first().waitFor()
    }
    const sorted = [...times].sort((a, b) => a - b)
    console.log(`tap → ticket on screen, ${TAPS} taps: median ${quantile(sorted, 0.5).toFixed(1)} ms, p90 ${quantile(sorted, 0.9).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`)
  } finally {
    await browser.close()
    await server.stop()
  }
}

await main()
