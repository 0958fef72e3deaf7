import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { CreatedApiKey, IssuedTicket, StaffDossier } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { axeProblems } from '../support/axe.js'
import { artifactPath, chromiumPath, launchChromium } from '../support/browser.js'
import { typeCodeAtKiosk } from '../support/booking-page.js'
import { startClockedServer, type ClockedServer } from '../support/clocked-server.js'
import { pressEnter, signIn } from '../support/console-page.js'
import { pdfFacts } from '../support/pdf-text.js'
import { writeQrY4m } from '../support/qr-video.js'
import { PASSWORDS } from '../support/server-process.js'

/**
 * A dossier from the receiving visit to the return visit, in Chromium against the real server:
 * received at counter 1 (Tuesday 09:00, a one-working-day procedure: due Wednesday morning), moved in
 * the back-office list, asked for too early at the kiosk (not ready, no ticket), overdue on Thursday
 * with an apology (Mẫu 04, printed to PDF and read back), result ready, collected at the kiosk by
 * typing its code, and returned late at counter 8.
 */
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`).toISOString()
let server: ClockedServer
let browser: Browser
let clerk1: BrowserContext
let clerk8: BrowserContext

beforeAll(async () => {
  server = await startClockedServer(at('2026-12-01', '09:00'))
  browser = await launchChromium()
  clerk1 = await browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true })
  clerk8 = await browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true })
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** A console page of this clerk's browser: signed in on the first one, the session cookie kept after. */
async function console(ctx: BrowserContext, user: string, hash = ''): Promise<Page> {
  const page = await ctx.newPage()
  await page.goto(`${server.url}/console/${hash}`)
  if ((await ctx.cookies()).length === 0) await signIn(page, user, PASSWORDS.clerk)
  else await page.waitForSelector('.header-bar .conn.up')
  return page
}

async function kiosk(b = browser, camera = false): Promise<Page> {
  const page = await (await b.newContext({ viewport: { width: 1080, height: 1920 }, bypassCSP: true, permissions: camera ? ['camera'] : [] })).newPage()
  await page.goto(`${server.url}/kiosk/`)
  await page.getByTestId('collect-entry').click()
  await page.locator(`[data-testid=collect][data-camera=${camera}]`).waitFor()
  return page
}

/** Chromium whose fake camera plays a video of `text` as a QR code (the slip held up to the kiosk), with the brief's flags. */
const withCamera = async (text: string) =>
  chromium.launch({ executablePath: chromiumPath(), args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${await writeQrY4m(artifactPath('dossier-slip-qr.y4m'), text)}`] })

const staffDossier = async (code: string): Promise<StaffDossier> => {
  const api = new ApiClient(server.url)
  await api.login('clerk1', PASSWORDS.clerk)
  return (await api.get<StaffDossier>(`/api/dossiers/${code}`)).body.data
}

describe('a dossier from the receiving visit to a late return', () => {
  let code = ''

  it('is received at the counter: procedure picked from the catalogue, details, then the visit finishes and the slip prints', async () => {
    const page = await console(clerk1, 'clerk1')
    await page.keyboard.press('o')
    await page.waitForSelector('.counter-bar .badge[data-state=open]')
    const ticket = (await new ApiClient(server.url).post<IssuedTicket>('/api/tickets', { serviceId: 'tu-phap-ho-tich' })).body.data
    await pressEnter(page)
    await page.locator(`.ticket-panel[data-ticket="${ticket.number}"]`).waitFor()
    await page.click('.ticket-panel [data-action=finish]')
    await page.click('[data-outcome=tiep-nhan]')
    const dialog = page.getByTestId('receive-dialog')
    await dialog.locator('.procedure-search').fill('khai sinh')
    // searched without diacritics' help: one procedure left, of the ticket's own service area
    expect(await dialog.locator('.procedure-option').count()).toBe(1)
    await dialog.locator('[data-procedure=dang-ky-khai-sinh]').click()
    await dialog.locator('input[name=applicantName]').fill('Nguyễn Văn An')
    await dialog.locator('input[name=applicantPhone]').fill('0905 123 456')
    await dialog.locator('textarea[name=documents]').fill('Tờ khai đăng ký khai sinh\nGiấy chứng sinh')
    await dialog.locator('input[name=copies]').fill('1')
    expect(await axeProblems(page)).toEqual([])
    await page.screenshot({ path: artifactPath('console-receive-dossier-1920x1080.png') })
    await page.getByTestId('receive-submit').click()
    const saved = page.getByTestId('dossier-saved')
    await saved.waitFor()
    code = (await saved.getAttribute('data-code'))!
    expect(await saved.textContent()).toContain('hẹn trả sáng 02/12/2026')
    // the visit is finished with the receive outcome: the counter is free again
    await page.locator('.ticket-panel.idle').waitFor()

    const slip = await clerk1.newPage()
    await slip.goto(`${server.url}/console/${await page.getByTestId('print-slip').getAttribute('href')}`)
    await slip.getByTestId('slip').waitFor()
    expect(await slip.getByTestId('slip').textContent()).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ')
    expect(await slip.locator('[data-qr]').getAttribute('data-qr')).toBe(`${server.url}/d/${code}`)
    await slip.screenshot({ path: artifactPath('slip-01-screen-1920x1080.png') })
    await slip.pdf({ path: artifactPath('slip-01.pdf'), preferCSSPageSize: true, printBackground: true })
    const pdf = await pdfFacts(artifactPath('slip-01.pdf'))
    expect(pdf.pageSize).toContain('(A5)')
    expect(pdf.text).toContain('Nguyễn Văn An')
    await slip.close()
    await page.close()
  })

  it('moves from the back-office list and detail; the kiosk, typed or scanned, says it is not ready and issues no ticket', async () => {
    const page = await console(clerk1, 'clerk1', '#/dossiers')
    const row = page.locator(`[data-testid=dossier-list] tr[data-code="${code}"]`)
    await row.waitFor()
    expect(await row.getAttribute('data-status')).toBe('received')
    expect(await axeProblems(page)).toEqual([])
    await page.screenshot({ path: artifactPath('console-dossier-list-1920x1080.png') })
    await row.locator('a').click()
    await page.getByTestId('dossier-detail').waitFor()
    await page.click('[data-action=in-progress]')
    await page.locator('[data-testid=dossier-detail][data-status=in-progress]').waitFor()
    expect(await axeProblems(page)).toEqual([])
    await page.screenshot({ path: artifactPath('console-dossier-detail-1920x1080.png') })
    expect((await staffDossier(code)).status).toBe('in-progress')

    const k = await kiosk()
    await typeCodeAtKiosk(k, code, 'collect')
    const answer = k.getByTestId('not-ready')
    await answer.waitFor()
    expect(await answer.getAttribute('data-status')).toBe('in-progress')
    expect(await answer.textContent()).toContain('Sáng 02/12/2026')
    expect(await k.getByTestId('ticket').count()).toBe(0)
    expect(await axeProblems(k)).toEqual([])
    await k.screenshot({ path: artifactPath('kiosk-collect-not-ready-1080x1920.png') })
    await k.setViewportSize({ width: 1920, height: 1080 })
    await k.screenshot({ path: artifactPath('kiosk-collect-not-ready-1920x1080.png') })
    await k.context().close()

    // the slip's QR code (its /d/{code} link) shown to the camera gives the same answer
    const camera = await withCamera(`${server.url}/d/${code}`)
    try {
      const scanned = await kiosk(camera, true)
      await scanned.getByTestId('not-ready').waitFor({ timeout: 20_000 })
      expect(await scanned.getByTestId('code-display').textContent()).toBe(code.replace(/(.{5})(?=.)/g, '$1-'))
    } finally {
      await camera.close()
    }
    await page.close()
  })

  it("is overdue on Thursday: the apology (Mẫu 04) is recorded, printed to an A5 PDF that says it; the province's software sets the result ready with its API key; the phone shows both", async () => {
    server.setTime(at('2026-12-03', '09:00'))
    const page = await console(clerk1, 'clerk1', `#/dossiers/${code}`)
    await page.locator('[data-testid=dossier-detail] .badge.late').waitFor()
    await page.click('[data-action=apology]')
    const dialog = page.getByTestId('apology-dialog')
    await dialog.locator('input[name=reason]').fill('Chờ cơ quan cấp trên xác minh thông tin')
    await dialog.locator('input[name=newDate]').fill('2026-12-04')
    await dialog.locator('button[type=submit]').click()
    await page.locator('.dossier-apologies li').waitFor()
    // before the result is ready it is overdue on the manager's dashboard
    const manager = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true })).newPage()
    await manager.goto(`${server.url}/console/#/dashboard`)
    await signIn(manager, 'manager', PASSWORDS.manager)
    await manager.locator(`[data-testid=dossier-alerts] li.late[data-code="${code}"]`).waitFor()
    expect(await axeProblems(manager)).toEqual([])
    await manager.screenshot({ path: artifactPath('console-dashboard-dossiers-1920x1080.png') })
    await manager.context().close()
    // the province's one-stop software sets "result ready" with its API key; the console sees it live
    const admin = new ApiClient(server.url)
    await admin.login('admin', PASSWORDS.admin)
    const key = (await admin.post<CreatedApiKey>('/api/admin/api-keys', { name: 'Hệ thống thông tin giải quyết TTHC tỉnh', scopes: ['dossiers'] })).body.data.secret
    const province = new ApiClient(server.url)
    const ready = await province.post<StaffDossier>(`/api/dossiers/${code}/status`, { status: 'result-ready' }, { authorization: `Bearer ${key}` })
    expect(ready.status).toBe(200)
    expect(ready.body.data.history.at(-1)!.by).toMatchObject({ kind: 'integration', name: 'Hệ thống thông tin giải quyết TTHC tỉnh' })
    await page.locator('[data-testid=dossier-detail][data-status=result-ready]').waitFor()

    const slip = await clerk1.newPage()
    await slip.goto(`${server.url}/console/${await page.locator('[data-slip="04"]').getAttribute('href')}`)
    await slip.getByTestId('slip').waitFor()
    await slip.pdf({ path: artifactPath('slip-04.pdf'), preferCSSPageSize: true, printBackground: true })
    const pdf = await pdfFacts(artifactPath('slip-04.pdf'))
    expect(pdf.pageSize).toContain('(A5)')
    const text = pdf.text.replace(/\s+/g, ' ')
    for (const words of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', 'Kính gửi: Nguyễn Văn An', 'Hải Châu, ngày 03 tháng 12 năm 2026', 'Lý do: Chờ cơ quan cấp trên xác minh thông tin', 'vào ngày 04 tháng 12 năm 2026', 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ']) {
      expect(text).toContain(words)
    }
    await slip.setViewportSize({ width: 560, height: 794 }) // 148 × 210 mm at 96 dpi
    await slip.getByTestId('slip').screenshot({ path: artifactPath('slip-04-a5.png') })
    await slip.close()
    await page.close()

    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true })).newPage()
    await phone.goto(`${server.url}/d/${code}`)
    await phone.getByTestId('dossier-ready').waitFor()
    expect(await phone.getByTestId('dossier-apology').textContent()).toContain('04/12/2026')
    expect(await phone.getByTestId('dossier-procedure').textContent()).toBe('Đăng ký khai sinh')
    expect(await phone.locator('.step.current').getAttribute('data-step')).toBe('stepReady')
    expect(await axeProblems(phone)).toEqual([])
    await phone.screenshot({ path: artifactPath('phone-dossier-390x844.png'), fullPage: true })
    await phone.context().close()
  })

  it('is collected at the kiosk by typing its code, and returned late at the return counter', async () => {
    server.setTime(at('2026-12-03', '14:00'))
    const k = await kiosk()
    await typeCodeAtKiosk(k, code, 'collect')
    await k.getByTestId('ticket').waitFor()
    const number = (await k.getByTestId('ticket-number').textContent())!.trim()
    await k.screenshot({ path: artifactPath('kiosk-collect-ticket-1080x1920.png') })
    // the ticket's own tracking page links to the dossier's
    const phone = await k.context().newPage()
    await phone.goto((await k.locator('svg[data-qr]').first().getAttribute('data-qr'))!)
    expect(await phone.getByTestId('dossier-link').getAttribute('href')).toBe(`/d/${code}`)
    await k.context().close()

    const page = await console(clerk8, 'clerk8')
    await page.keyboard.press('o')
    await page.waitForSelector('.counter-bar .badge[data-state=open]')
    await pressEnter(page)
    await page.locator(`.ticket-panel[data-ticket="${number}"]`).waitFor()
    const panel = page.getByTestId('return-panel')
    await panel.waitFor()
    expect(await panel.textContent()).toContain('Đăng ký khai sinh')
    expect(await axeProblems(page)).toEqual([])
    await page.screenshot({ path: artifactPath('console-return-visit-1920x1080.png') })
    await page.getByTestId('return-dossier').click()
    expect(await page.getByTestId('returned-done').textContent()).toContain('Quá hạn')
    // "Returned" closed the visit too
    await page.locator('.ticket-panel.idle').waitFor()
    const d = await staffDossier(code)
    expect(d).toMatchObject({ status: 'returned', timeliness: 'late', returnTicket: { number } })
    await page.close()
  })

  it("is in the manager's report: received 1, resolved late 100 %, one apology; printed with the national heading", async () => {
    const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, bypassCSP: true })).newPage()
    await page.goto(`${server.url}/console/#/history?from=2026-12-01&to=2026-12-03&groupBy=service`)
    await signIn(page, 'manager', PASSWORDS.manager)
    const total = page.locator('[data-testid=dossier-report-services] tfoot tr')
    await total.waitFor()
    expect(await total.locator('[data-col=received]').textContent()).toBe('1')
    expect(await total.locator('[data-col=late]').textContent()).toBe('1 (100 %)')
    expect(await total.locator('[data-col=early]').textContent()).toBe('0 (0 %)')
    expect(await total.locator('[data-col=apologies]').textContent()).toBe('1')
    expect(await page.locator('[data-testid=dossier-report-procedures] tbody tr[data-key]').first().textContent()).toContain('Đăng ký khai sinh')
    expect(await page.locator('[data-export=dossiers-book]').getAttribute('href')).toContain('/api/stats/dossiers/book.xlsx?from=2026-12-01&to=2026-12-03')
    expect(await axeProblems(page)).toEqual([])
    await page.getByTestId('dossier-report').screenshot({ path: artifactPath('console-dossier-report.png') })
    await page.pdf({ path: artifactPath('dossier-report.pdf'), printBackground: true, preferCSSPageSize: true })
    const text = (await pdfFacts(artifactPath('dossier-report.pdf'))).text.replace(/\s+/g, ' ')
    for (const words of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH', 'THEO THỦ TỤC', 'THỦ TRƯỞNG ĐƠN VỊ']) expect(text.toUpperCase()).toContain(words.toUpperCase())
    await page.context().close()
  })
})
