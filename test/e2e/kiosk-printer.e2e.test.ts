import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublicSnapshot, Settings } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { artifactPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { PASSWORDS, type ServerProcess } from '../support/server-process.js'
import { closedPort, startFakePrinter } from '../integration/printing/fake-printer.js'

/**
 * The kiosk and its thermal printer in real Chromium against a real server process, with a TCP
 * listener standing in for the printer: a ticket printed, a printer that is off, one out of paper.
 */
let server: ServerProcess
let browser: Browser
let api: ApiClient
let admin: ApiClient

async function snapshot(): Promise<PublicSnapshot> {
  return (await api.get<PublicSnapshot>('/api/snapshot')).body.data
}

async function openKiosk(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true })
  await page.goto(`${server.url}/kiosk/${query}`)
  await page.locator('[data-service]').first().waitFor()
  return page
}

beforeAll(async () => {
  ;({ server, browser } = await startServerAndBrowser())
  api = new ApiClient(server.url)
  admin = new ApiClient(server.url)
  await admin.login('admin', PASSWORDS.admin)
})

afterAll(() => stopServerAndBrowser(server, browser))

describe('kiosk printing', () => {
  it('prints on the kiosk’s printer, and when the printer is off still shows the ticket with a note to photograph it', async () => {
    const printer = await startFakePrinter()
    const settings = (await admin.get<{ settings: Settings }>('/api/admin/config')).body.data.settings
    const withPrinter = (port: number) => ({ ...settings, printers: [{ id: 'may-in-1', name: 'Máy in sảnh', kioskId: 'k7', host: '127.0.0.1', port, paper: 80, textMode: 'raster', enabled: true }] })
    try {
      expect((await admin.request('PUT', '/api/admin/settings', withPrinter(printer.port))).status).toBe(200)
      const kiosk = await openKiosk('?kiosk=k7')
      const job = printer.nextJob()
      await kiosk.locator('[data-service=chung-thuc]').click()
      await kiosk.getByTestId('ticket-number').waitFor()
      expect((await job).length).toBeGreaterThan(10_000) // a raster ticket, received in full
      expect(await kiosk.getByTestId('print-failed').count()).toBe(0)
      expect(await kiosk.getByTestId('print-ok').textContent()).toContain('Mời nhận phiếu bên dưới')
      const normal = Number(/(\d+) giây/.exec((await kiosk.getByTestId('countdown').textContent())!)![1])
      expect(normal).toBeLessThanOrEqual(settings.kioskReturnSeconds)
      await kiosk.getByTestId('done').click()

      expect((await admin.request('PUT', '/api/admin/settings', withPrinter(await closedPort()))).status).toBe(200)
      await kiosk.locator('[data-service=chung-thuc]').click()
      await kiosk.getByTestId('print-failed').waitFor({ timeout: 10_000 })
      expect(await kiosk.getByTestId('print-ok').count()).toBe(0)
      // the screen is the only copy: it stays up longer than the normal return time, at least a minute
      const kept = Number(/(\d+) giây/.exec((await kiosk.getByTestId('countdown').textContent())!)![1])
      expect(kept).toBeGreaterThan(Math.max(settings.kioskReturnSeconds, 55))
      const number = (await kiosk.getByTestId('ticket-number').textContent())!.trim()
      await kiosk.screenshot({ path: artifactPath('kiosk-printer-off.png') })
      const last = (await snapshot()).services.find((s) => s.id === 'chung-thuc')!
      expect(number).toBe(String(3000 + last.issuedToday))
      await kiosk.close()
    } finally {
      await admin.request('PUT', '/api/admin/settings', settings)
      await printer.close()
    }
  })

  it('a printer that says it is out of paper gets nothing, and the kiosk shows the ticket as for a failed print', async () => {
    // DLE EOT 1, 2, 4 as an Epson printer answers them with the roll empty (see test/integration/printing/printer-status.test.ts)
    const printer = await startFakePrinter('normal', { printer: 0x12 | 0x08, offline: 0x12 | 0x20, paper: 0x12 | 0x0c | 0x60 })
    const settings = (await admin.get<{ settings: Settings }>('/api/admin/config')).body.data.settings
    try {
      const outOfPaper = { id: 'may-in-2', name: 'Máy in tầng 2', kioskId: 'k8', host: '127.0.0.1', port: printer.port, paper: 80, textMode: 'raster', enabled: true }
      expect((await admin.request('PUT', '/api/admin/settings', { ...settings, printers: [outOfPaper] })).status).toBe(200)
      const kiosk = await openKiosk('?kiosk=k8')
      await kiosk.locator('[data-service=chung-thuc]').click()
      await kiosk.getByTestId('print-failed').waitFor({ timeout: 10_000 })
      expect(await kiosk.getByTestId('print-ok').count()).toBe(0)
      expect((await kiosk.getByTestId('ticket-number').textContent())!.trim()).toMatch(/^3\d{3}$/)
      await kiosk.screenshot({ path: artifactPath('kiosk-printer-out-of-paper.png') })
      expect(printer.jobs).toHaveLength(0)
      expect(printer.seen).toEqual({ statusChecks: 1, otherBytes: 0 })
      await kiosk.close()
    } finally {
      await admin.request('PUT', '/api/admin/settings', settings)
      await printer.close()
    }
  })
})
