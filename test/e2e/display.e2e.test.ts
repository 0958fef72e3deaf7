import { createServer, type Server } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { Counter, IssuedTicket, PublicSnapshot, Service, StatsResult } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { artifactPath, chromiumPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { freePort, PASSWORDS, startServer, type ServerProcess } from '../support/server-process.js'
import { watchFor } from '../support/page-timing.js'
import { expectNoOverflow } from '../support/layout.js'

let server: ServerProcess
let browser: Browser
let board: Page
let pad: Page

async function issue(serviceId: string, priorityGroup?: string): Promise<IssuedTicket> {
  const r = await new ApiClient(server.url).post<IssuedTicket>('/api/tickets', { serviceId, ...(priorityGroup ? { priorityGroup } : {}) })
  expect(r.status).toBe(201)
  return r.body.data
}

async function clerkAt(n: number, username = `clerk${n}`): Promise<ApiClient> {
  const c = new ApiClient(server.url)
  await c.login(username, PASSWORDS.clerk)
  return c
}

async function ok(p: Promise<{ status: number; body: unknown }>): Promise<void> {
  const r = await p
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300)
}


beforeAll(async () => ({ server, browser } = await startServerAndBrowser()))

afterAll(() => stopServerAndBrowser(server, browser))

describe('counter display', () => {
  it('shows a call on the board within a second, speaks it, and the pad records one rating', async () => {
    board = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await board.goto(`${server.url}/display/`)
    await board.waitForSelector('.board[data-connection="online"]')
    pad = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    // a pad without its pairing key is refused: it would otherwise get other citizens' rating tokens
    await pad.goto(`${server.url}/display/rating/1`)
    await pad.getByText('chưa được ghép với quầy 1').waitFor()
    const admin = new ApiClient(server.url)
    await admin.login('admin', PASSWORDS.admin)
    const pads = (await admin.get<{ number: number; path: string }[]>('/api/admin/pads')).body.data
    await pad.goto(server.url + pads.find((p) => p.number === 1)!.path)
    await pad.waitForSelector('.pad[data-joined="c1"][data-phase="idle"]')

    expect(await board.locator('.centre-name').textContent()).toBe('Trung tâm Phục vụ hành chính công phường Hải Châu')
    expect(await board.locator('[data-testid="clock"]').textContent()).toMatch(/^\d\d:\d\d:\d\d$/)
    expect(await board.locator('.calls-title').textContent()).toContain('MỜI CÔNG DÂN CÓ SỐ')
    const ticker = await board.locator('[data-testid="ticker"]').textContent()
    expect(ticker).toContain('Đường dây nóng phản ánh, kiến nghị: 0236 1022') // the hotline, from the notices (not repeated)
    expect(ticker).toContain('Tra cứu hồ sơ trực tuyến tại Cổng Dịch vụ công quốc gia')

    // Measure in steady state: the board has decoded its voice clips, the server has done one call.
    await board.waitForSelector('.board[data-voice-ready="true"]', { timeout: 30_000 })
    const warmUp = await clerkAt(3)
    await issue('dat-dai')
    await ok(warmUp.post('/api/counters/c3/open'))
    await ok(warmUp.post('/api/counters/c3/call-next'))
    await ok(warmUp.post('/api/counters/c3/finish', { outcome: 'tiep-nhan' }))
    await ok(warmUp.post('/api/counters/c3/close'))

    const ticket = await issue('tu-phap-ho-tich')
    // no counter serving it is open: the board says so instead of inventing minutes
    await board.waitForSelector('.service[data-service="tu-phap-ho-tich"][data-waiting="1"] >> text=Chưa có quầy mở')
    const clerk = await clerkAt(1)
    await ok(clerk.post('/api/counters/c1/open'))
    await board.waitForSelector('.service[data-service="tu-phap-ho-tich"][data-waiting="1"] >> text=/~\\d+ phút/')
    const seen = await watchFor(board, `.tile[data-counter="1"][data-current="${ticket.number}"]`)
    const before = Date.now()
    await ok(clerk.post('/api/counters/c1/call-next'))
    const latency = (await seen()) - before
    console.log(`call → board: ${latency} ms`)
    expect(latency).toBeLessThan(1000)
    const latest = board.locator('.call.latest')
    expect(await latest.getAttribute('data-number')).toBe(ticket.number)
    expect(await latest.getAttribute('data-counter')).toBe('1')
    expect(await latest.getAttribute('class')).toContain('flash')
    await board.waitForSelector('.service[data-service="tu-phap-ho-tich"][data-waiting="0"]')
    expect(await board.locator('[data-testid="sound-button"]').count()).toBe(0) // Chromium runs with autoplay allowed
    await board.waitForSelector('.board[data-voice-queued="2"]') // the warm-up call, then this one

    await ok(clerk.post('/api/counters/c1/recall'))
    await board.waitForSelector('.board[data-voice-queued="3"]') // every recall is announced again
    expect(await board.locator(`.call[data-number="${ticket.number}"]`).count()).toBe(1)
    await expect.poll(() => board.getAttribute('.board', 'data-voice-last'), { timeout: 60_000 }).toMatch(new RegExp(`^${ticket.number}@1:(clips|speech)$`))

    await board.screenshot({ path: artifactPath('display-board-1920x1080.png') })
    await expectNoOverflow(board)
    await board.setViewportSize({ width: 1280, height: 720 })
    await board.screenshot({ path: artifactPath('display-board-1280x720.png') })
    await expectNoOverflow(board)
    await board.setViewportSize({ width: 1920, height: 1080 })

    await ok(clerk.post('/api/counters/c1/start'))
    await ok(clerk.post('/api/counters/c1/finish', { outcome: 'tiep-nhan' }))
    await pad.waitForSelector('.pad[data-phase="question"]')
    expect(await pad.locator('.pad-ticket').textContent()).toBe(`Số thứ tự ${ticket.number}`)
    expect(await pad.locator('button.level').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Rất hài lòng'), expect.stringContaining('Rất không hài lòng')]))
    await pad.screenshot({ path: artifactPath('display-pad-question.png') })
    await pad.click('button.level[data-value="5"]')
    await pad.waitForSelector('.pad[data-phase="thanks"]')

    const manager = new ApiClient(server.url)
    await manager.login('manager', PASSWORDS.manager)
    const day = (await manager.get<PublicSnapshot>('/api/snapshot')).body.data.date
    const stats = (await manager.get<StatsResult>(`/api/stats?from=${day}&to=${day}&groupBy=service`)).body.data
    const row = stats.rows.find((r) => r.key === 'tu-phap-ho-tich')
    expect(row?.ratingCount).toBe(1)
    expect(row?.ratings).toEqual({ '5': 1 })
    expect(stats.total.ratingCount).toBe(1)
  })

  it('offers "Bật âm thanh" once where the browser blocks sound, and hides it after the tap', async () => {
    const strict = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless', '--no-sandbox', '--disable-gpu'] })
    try {
      const page = await strict.newPage({ viewport: { width: 1280, height: 720 } })
      await page.goto(`${server.url}/display/`)
      const button = page.locator('[data-testid="sound-button"]')
      await button.waitFor()
      expect(await button.textContent()).toContain('Bật âm thanh')
      // it sits in the header: no call, counter or waiting row is under it
      const covered = await page.evaluate(() => {
        const b = document.querySelector('[data-testid="sound-button"]')!.getBoundingClientRect()
        return [...document.querySelectorAll('.call, .tile, .service, .calls-empty')]
          .filter((el) => {
            const r = el.getBoundingClientRect()
            return r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom
          })
          .map((el) => el.className)
      })
      expect(covered).toEqual([])
      await button.click()
      await button.waitFor({ state: 'detached' })
    } finally {
      await strict.close()
    }
  })

  it('shows the counter screen: number, officer, priority notice, closed', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    await page.goto(`${server.url}/display/counter/2`)
    await page.waitForSelector('.counter-screen')
    const clerk = await clerkAt(2)
    await ok(clerk.post('/api/counters/c2/open'))
    const ticket = await issue('chung-thuc', 'nguoi-cao-tuoi')
    await ok(clerk.post('/api/counters/c2/call-next'))
    await page.waitForSelector(`.counter-screen[data-current="${ticket.number}"]`)
    expect(await page.locator('[data-testid="serving-number"]').textContent()).toBe(ticket.number)
    expect(await page.locator('[data-testid="priority-notice"]').textContent()).toContain('Đang phục vụ đối tượng ưu tiên')
    expect(await page.locator('.counter-footer .clerk').textContent()).toMatch(/^Cán bộ: \S/)
    expect(await page.locator('[data-testid="counter-state"]').textContent()).toBe('Đang mở')
    await page.screenshot({ path: artifactPath('display-counter-screen.png') })
    await ok(clerk.post('/api/counters/c2/finish', { outcome: 'tiep-nhan' }))
    await ok(clerk.post('/api/counters/c2/pause', { reason: 'Họp giao ban' }))
    await page.waitForSelector('.counter-screen[data-state="paused"]')
    // the state shows once (large, in both languages), in the word the board and the console use
    expect(await page.locator('[data-testid="counter-state"]').allTextContents()).toEqual(['Tạm dừng: Họp giao banPaused: Họp giao ban'])
    expect(await board.locator('.tile[data-counter="2"] .tile-status').textContent()).toBe('Tạm dừng')
    await ok(clerk.post('/api/counters/c2/close'))
    await page.waitForSelector('.counter-screen[data-state="closed"] >> text=Đóng')
    expect(await page.locator('body').textContent()).not.toMatch(/Đóng.*Đóng/)
    await page.close()
  })

  it('serves voice clips, a centre\'s own recording first, and nothing outside the voice folder', async () => {
    const manifest = await fetch(`${server.url}/voice/manifest.json`)
    expect(manifest.status).toBe(200)
    expect(((await manifest.json()) as { clips: Record<string, unknown> }).clips).toHaveProperty('chime')
    const bundled = await fetch(`${server.url}/voice/chime.opus`)
    expect(bundled.headers.get('content-type')).toBe('audio/ogg')
    const bundledBytes = Buffer.from(await bundled.arrayBuffer())
    expect(bundledBytes.subarray(0, 4).toString()).toBe('OggS')
    await mkdir(join(server.dataDir, 'voice'), { recursive: true })
    await writeFile(join(server.dataDir, 'voice', 'chime.opus'), 'OggS centre recording')
    expect(await (await fetch(`${server.url}/voice/chime.opus`)).text()).toBe('OggS centre recording')
    for (const path of ['/voice/..%2Fconfig.json', '/voice/%2e%2e%2f%2e%2e%2fpackage.json', '/voice/.hidden.json', '/voice/a.exe', '/voice/nope.opus']) {
      const r = await fetch(server.url + path)
      expect([400, 404], path).toContain(r.status)
    }
  })

  it('embeds the status widget in another site: live, framed, no cookies', async () => {
    const page0 = await fetch(`${server.url}/display/widget`)
    expect(page0.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(page0.headers.get('x-frame-options')).toBeNull()
    expect(page0.headers.get('set-cookie')).toBeNull()
    const script = await fetch(`${server.url}/widget.js`)
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect((await fetch(`${server.url}/display/`)).headers.get('content-security-policy')).toContain("frame-ancestors 'self'")

    const hostPort = await freePort()
    const host: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(`<!doctype html><meta charset="utf-8"><h1>Cổng thông tin phường Hải Châu</h1><script src="${server.url}/widget.js" async></script><p>Chân trang</p>`)
    })
    await new Promise<void>((resolve) => host.listen(hostPort, 'localhost', resolve))
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } })
    try {
      const page = await context.newPage()
      await page.goto(`http://localhost:${hostPort}/`)
      const frame = page.frameLocator('iframe')
      await frame.locator('.widget[data-connection="online"]').waitFor()
      expect(await frame.locator('.w-header h1').textContent()).toBe('Trung tâm Phục vụ hành chính công phường Hải Châu')
      const ticket = await issue('van-hoa')
      await frame.locator('[data-service="van-hoa"][data-waiting="1"]').waitFor()
      const clerk = await clerkAt(5)
      await ok(clerk.post('/api/counters/c5/open'))
      await ok(clerk.post('/api/counters/c5/call-next'))
      await frame.locator(`[data-testid="widget-calls"] li[data-counter="5"][data-current="${ticket.number}"]`).waitFor()
      await frame.locator('[data-service="van-hoa"][data-waiting="0"]').waitFor()
      await expect.poll(async () => (await page.locator('iframe').boundingBox())?.height).not.toBe(420) // sized to its content
      await page.screenshot({ path: artifactPath('display-widget-embedded.png') })
      expect(await context.cookies()).toEqual([])
    } finally {
      await context.close()
      host.close()
    }
  })

  it('pages 25 counters and long service names on the board without overflow or shrinking', async () => {
    const admin = new ApiClient(server.url)
    await admin.login('admin', PASSWORDS.admin)
    const config = (await admin.get<{ services: Service[]; counters: Counter[] }>('/api/admin/config')).body.data
    const long = config.services.find((x) => x.id === 'cong-thuong')!
    await ok(admin.request('PUT', '/api/admin/services/cong-thuong', { ...long, name: { vi: 'Công thương – Đăng ký hộ kinh doanh, hợp tác xã và cấp giấy phép kinh doanh rượu, thuốc lá', en: 'Industry and trade – household business registration' } }))
    for (let n = config.counters.length + 1; n <= 25; n++) {
      const counter: Counter = { id: `c${n}`, number: n, name: { vi: `Quầy ${n}`, en: `Counter ${n}` }, serviceIds: ['cong-thuong', 'van-phong'] }
      await ok(admin.post('/api/admin/counters', counter))
    }
    await board.waitForSelector('.counters [data-testid="page-mark"]:text-matches("^[123]/3$")')
    for (const [clerk, counter] of [[6, 6], [7, 20], [8, 25]] as const) {
      await issue('cong-thuong')
      const c = await clerkAt(clerk)
      await ok(c.post(`/api/counters/c${counter}/open`))
      await ok(c.post(`/api/counters/c${counter}/call-next`))
    }
    // 12 tiles a page, three pages in turn: counter 25 comes round within one rotation
    await board.waitForSelector('.tile[data-counter="25"]:not([data-current=""])', { timeout: 40_000 })
    expect(await board.locator('.tile').count()).toBe(7) // 25 = 9 + 9 + 7
    await board.screenshot({ path: artifactPath('display-board-25-counters.png') })
    await expectNoOverflow(board)
    await board.setViewportSize({ width: 1280, height: 720 })
    await expectNoOverflow(board)
    await board.setViewportSize({ width: 1920, height: 1080 })
  })

  it('marks a lost server within 10 s and resynchronises by itself, showing calls made while it was away', async () => {
    await board.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
    const { dataDir, port } = server
    const killedAt = Date.now()
    await server.stop('SIGKILL')
    await board.waitForSelector('[data-testid="connection-lost"]', { timeout: 10_000 })
    console.log(`lost-connection marker after ${Date.now() - killedAt} ms`)
    expect(await board.locator('[data-testid="connection-lost"]').textContent()).toContain('Mất kết nối')
    await board.screenshot({ path: artifactPath('display-board-disconnected.png') })
    await pad.waitForSelector('.pad[data-joined=""]')

    // The board stays away (its network is down) while the server returns and calls a number.
    await board.context().setOffline(true)
    server = await startServer({ dataDir, port })
    const ticket = await issue('tu-phap-ho-tich')
    const clerk = await clerkAt(1)
    await ok(clerk.post('/api/counters/c1/call-next'))
    const queued = Number(await board.getAttribute('.board', 'data-voice-queued'))
    await board.waitForTimeout(1000)
    expect(await board.locator(`.call[data-number="${ticket.number}"][data-counter="1"]`).count()).toBe(0)

    await board.context().setOffline(false)
    await board.waitForSelector(`.call[data-number="${ticket.number}"][data-counter="1"]`, { timeout: 20_000 })
    await board.waitForSelector('[data-testid="connection-lost"]', { state: 'detached' })
    const latest = board.locator('.call.latest')
    expect(await latest.getAttribute('data-number')).toBe(ticket.number)
    expect(await latest.getAttribute('class')).toContain('flash') // missed while away: highlighted
    expect(Number(await board.getAttribute('.board', 'data-voice-queued'))).toBe(queued + 1) // and announced
    expect(await board.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true) // no reload

    await pad.waitForSelector('.pad[data-joined="c1"]') // back in its counter's room after the reconnect
    await ok(clerk.post('/api/counters/c1/finish', { outcome: 'tiep-nhan' }))
    await pad.waitForSelector(`.pad[data-phase="question"] >> text=Số thứ tự ${ticket.number}`)
  })
})
