import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditEntry, IssuedTicket, PublicSnapshot, Service, StatsResult } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { artifactPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { PASSWORDS, type ServerProcess } from '../support/server-process.js'
import { issueTicket, pressEnter, signIn } from '../support/console-page.js'
import { watchFor } from '../support/page-timing.js'

/**
 * The clerk console, manager dashboard and admin settings in real Chromium against a real server
 * process, with the real kiosk, hall board and tracking page around them.
 */
let server: ServerProcess
let browser: Browser
let manager: ApiClient
let clerkCtx: BrowserContext
let managerCtx: BrowserContext
let clerkPage: Page
let managerPage: Page
let overdueIssuedAt = 0
const WIDE = { width: 1440, height: 900 }

const today = async () => (await new ApiClient(server.url).get<PublicSnapshot>('/api/snapshot')).body.data.date
const shot = (page: Page, name: string) => page.screenshot({ path: artifactPath(`console-${name}.png`), fullPage: true })

const issue = (serviceId: string): Promise<IssuedTicket> => issueTicket(server.url, serviceId)

const phase = (page: Page) => page.locator('.ticket-panel').getAttribute('data-phase')

beforeAll(async () => {
  ;({ server, browser } = await startServerAndBrowser())
  manager = new ApiClient(server.url)
  await manager.login('manager', PASSWORDS.manager)
  // A ticket left waiting past a one-minute target: the dashboard test waits for its alert.
  const admin = new ApiClient(server.url)
  await admin.login('admin', PASSWORDS.admin)
  const service = (await admin.get<{ services: Service[] }>('/api/admin/config')).body.data.services.find((x) => x.id === 'van-hoa')!
  expect((await admin.request('PUT', '/api/admin/services/van-hoa', { ...service, name: { ...service.name, vi: 'Văn hóa – Thể thao' }, targetWaitMinutes: 1 })).status).toBe(200)
  await issue('van-hoa')
  overdueIssuedAt = Date.now()
  managerCtx = await browser.newContext({ viewport: WIDE })
  managerPage = await managerCtx.newPage()
  await managerPage.goto(`${server.url}/console/`)
  await signIn(managerPage, 'manager', PASSWORDS.manager)
  await managerPage.waitForSelector('.dashboard-screen')
})

afterAll(() => stopServerAndBrowser(server, browser))

describe('clerk console', () => {
  let number = ''
  let trackingUrl = ''

  it('signs in, opens counter 1, calls a kiosk ticket with Enter; the board shows it; start, finish, rating', async () => {
    clerkCtx = await browser.newContext({ viewport: WIDE })
    clerkPage = await clerkCtx.newPage()
    await clerkPage.goto(`${server.url}/console/`)
    await shot(clerkPage, 'login')
    await signIn(clerkPage, 'clerk1', PASSWORDS.clerk)
    expect(await clerkPage.locator('select[name=counter]').inputValue()).toBe('c1')
    await clerkPage.keyboard.press('o')
    await clerkPage.waitForSelector('.counter-bar .badge[data-state=open]')

    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } })
    await kiosk.goto(`${server.url}/kiosk/`)
    await kiosk.locator('[data-service=tu-phap-ho-tich]').click()
    number = (await kiosk.getByTestId('ticket-number').textContent())!.trim()
    trackingUrl = (await kiosk.locator('[data-qr]').first().getAttribute('data-qr'))!
    expect(trackingUrl).toMatch(new RegExp(`^${server.url}/t/[A-Za-z0-9_-]+$`))
    await kiosk.close()
    await clerkPage.waitForSelector('.waiting-counts li[data-service=tu-phap-ho-tich] .count >> text=1')

    const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await board.goto(`${server.url}/display/`)
    await board.waitForSelector('.board[data-connection="online"]')
    const seen = await watchFor(board, `.call.latest[data-number="${number}"][data-counter="1"]`)
    const enterAt = await pressEnter(clerkPage)
    console.log(`Enter → hall board: ${(await seen()) - enterAt} ms`)
    await board.screenshot({ path: artifactPath('console-board-call.png') })
    await board.close()

    const panel = clerkPage.locator(`.ticket-panel[data-ticket="${number}"]`)
    await panel.waitFor()
    expect(await phase(clerkPage)).toBe('called')
    expect(await panel.locator('.ticket-service').textContent()).toBe('Tư pháp – Hộ tịch')
    expect(await panel.locator('.ticket-waited').textContent()).toMatch(/^\d+:\d\d$/)
    await clerkPage.keyboard.press('s')
    await clerkPage.waitForSelector('.ticket-panel[data-phase=serving]')
    await expect.poll(() => clerkPage.locator('.service-timer').textContent(), { timeout: 5000 }).toMatch(/^0:0[2-9]$/)
    await shot(clerkPage, 'serving')
    await clerkPage.keyboard.press('f')
    await clerkPage.locator('.modal [data-outcome=huong-dan]').waitFor()
    await shot(clerkPage, 'finish-outcome')
    // guidance: an outcome that opens no dossier (receiving one is test/e2e/dossier-*.e2e.test.ts)
    await clerkPage.click('.modal [data-outcome=huong-dan]')
    await clerkPage.waitForSelector('.ticket-panel[data-phase=idle]')
    await clerkPage.waitForSelector('.today-card [data-figure=served] >> text=1')

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    await phone.goto(trackingUrl)
    await phone.locator('[data-testid=rating] [data-value="5"]').click()
    await phone.getByTestId('rating-submit').click()
    await phone.getByTestId('rating-thanks').waitFor()
    await phone.close()
  })

  it("shows the manager's history with that ticket's wait, service time and rating, and exports it", async () => {
    const date = await today()
    const stats = (await manager.get<StatsResult>(`/api/stats?from=${date}&to=${date}&groupBy=service`)).body.data
    const tp = stats.rows.find((r) => r.key === 'tu-phap-ho-tich')!
    expect(tp).toMatchObject({ served: 1, ratingCount: 1, satisfiedPercent: 100, ratings: { '5': 1 }, outcomes: { 'huong-dan': 1 } })
    expect(tp.service.mean).toBeGreaterThanOrEqual(2)
    const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`

    await managerPage.goto(`${server.url}/console/#/history`)
    const row = managerPage.locator('.stats-table tbody tr[data-key=tu-phap-ho-tich]')
    await row.waitFor()
    const cells = await row.locator('td').allTextContents()
    expect(cells.slice(0, 2)).toEqual(['1', '1']) // issued, served
    expect(cells[5]).toBe(clock(tp.wait.mean!)) // wait mean
    expect(cells[8]).toBe(clock(tp.service.mean!)) // service mean
    expect(cells.slice(11)).toEqual(['1', '100 %']) // ratings, satisfied
    expect(await managerPage.locator('.levels tr[data-key="5"] .count').textContent()).toBe('1')
    expect(await managerPage.locator('.satisfied-share').textContent()).toBe('Tỷ lệ hài lòng: 100 % (1 lượt đánh giá)')
    await shot(managerPage, 'history')
    await managerPage.emulateMedia({ media: 'print' })
    expect(await managerPage.locator('.header-bar').isVisible()).toBe(false)
    expect(await managerPage.locator('.history-query').isVisible()).toBe(false)
    // laid out as a Vietnamese administrative report: national heading, place and date, signatures
    expect(await managerPage.getByTestId('letterhead').isVisible()).toBe(true)
    expect(await managerPage.locator('.letterhead .nation').textContent()).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(await managerPage.locator('.letterhead .motto').textContent()).toBe('Độc lập – Tự do – Hạnh phúc')
    expect(await managerPage.locator('.letterhead .issuer-name').textContent()).toBe('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG HẢI CHÂU')
    expect(await managerPage.getByTestId('place-date').textContent()).toMatch(/^Hải Châu, ngày \d\d tháng \d\d năm \d{4}$/)
    expect(await managerPage.getByTestId('signatures').innerText()).toMatch(/NGƯỜI LẬP BIỂU[\s\S]*\(Ký, ghi rõ họ tên\)[\s\S]*THỦ TRƯỞNG ĐƠN VỊ[\s\S]*\(Ký tên, đóng dấu\)/)
    await shot(managerPage, 'history-print')
    const pdf = await managerPage.pdf({ path: artifactPath('report.pdf'), format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await managerPage.emulateMedia({ media: 'screen' })

    const [csvDl] = await Promise.all([managerPage.waitForEvent('download'), managerPage.click('[data-export=csv]')])
    const csv = await readFile((await csvDl.path())!)
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = csv.subarray(3).toString('utf8').trimEnd().split('\r\n').map((l) => l.split(','))
    const header = lines[0]!
    const csvRow = lines.find((l) => l[0] === 'Tư pháp – Hộ tịch')!
    const col = (name: string) => csvRow[header.indexOf(name)]
    expect([col('Đã phục vụ'), col('Thời gian chờ TB (giây)'), col('Thời gian phục vụ TB (giây)'), col('Đánh giá: Rất hài lòng (5)'), col('Tỷ lệ hài lòng (%)')]).toEqual(['1', String(tp.wait.mean), String(tp.service.mean), '1', '100'])

    const [xlsxDl] = await Promise.all([managerPage.waitForEvent('download'), managerPage.click('[data-export=xlsx]')])
    expect(xlsxDl.suggestedFilename()).toBe(`luot-thong-ke-service-${date}-${date}.xlsx`)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await readFile((await xlsxDl.path())!)) as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('Thống kê')!
    const names = (sheet.getRow(1).values as unknown[]).slice(1)
    const values = ((sheet.getSheetValues() as unknown[][]).find((r) => r?.[1] === 'Tư pháp – Hộ tịch') ?? []).slice(1)
    const cell = (name: string) => values[names.indexOf(name)]
    expect([cell('Đã phục vụ'), cell('Thời gian chờ TB (giây)'), cell('Thời gian phục vụ TB (giây)'), cell('Số lượt đánh giá'), cell('Tỷ lệ hài lòng (%)')]).toEqual([1, tp.wait.mean, tp.service.mean, 1, 100])
  })

  it('never acts twice, shows refusals in both languages, survives a reload and an expired session', async () => {
    const api = new ApiClient(server.url)
    const snap = async () => (await api.get<PublicSnapshot>('/api/snapshot')).body.data
    const waitingFor = async (id: string) => (await snap()).services.find((s) => s.id === id)!.waiting
    const first = await issue('chung-thuc')
    const second = await issue('chung-thuc')
    await clerkPage.locator(`.waiting-list li[data-ticket="${second.number}"]`).waitFor()

    // Two clicks in one task, before Preact re-renders the disabled button: one call.
    await clerkPage.evaluate(() => {
      const b = document.querySelector<HTMLButtonElement>('button[data-action=call-next]')!
      b.click()
      b.click()
    })
    await clerkPage.locator(`.ticket-panel[data-ticket="${first.number}"]`).waitFor()
    await clerkPage.waitForTimeout(300)
    expect(await waitingFor('chung-thuc')).toBe(1)
    expect((await snap()).counters.find((c) => c.id === 'c1')!.current!.number).toBe(first.number)

    for (let n = 1; n <= 3; n++) {
      await clerkPage.keyboard.press('r')
      await clerkPage.locator(`.ticket-panel >> text=Số lần gọi lại: ${n}/3`).waitFor()
    }
    await clerkPage.keyboard.press('r')
    const refusal = clerkPage.locator('.error-note[data-code=RECALL_LIMIT] strong')
    expect(await refusal.textContent()).toBe('Đã gọi lại quá số lần cho phép.')
    await clerkPage.click('[data-lang=en]')
    expect(await refusal.textContent()).toBe('The recall limit is reached.')
    expect(await clerkPage.locator('button[data-action=skip] span').textContent()).toBe('No-show')
    await shot(clerkPage, 'refusal-en')
    await clerkPage.click('[data-lang=vi]')
    await clerkPage.keyboard.press('k')
    await clerkPage.waitForSelector('.ticket-panel[data-phase=idle]')

    // Out of turn: counter 1 serves Tư pháp first, so calling a Chứng thực ticket needs a reason.
    const next = await issue('tu-phap-ho-tich')
    await clerkPage.locator(`.waiting-list li[data-ticket="${next.number}"]`).waitFor()
    await clerkPage.click(`.waiting-list li[data-ticket="${second.number}"] button:not(.danger)`)
    await clerkPage.click('.modal button[type=submit]')
    expect(await clerkPage.locator('.modal .error-note').textContent()).toBe('Vui lòng nêu lý do.')
    await clerkPage.fill('.modal input[name=reason]', 'Người khuyết tật, đi lại khó khăn')
    await clerkPage.click('.modal button[type=submit]')
    await clerkPage.locator(`.ticket-panel[data-ticket="${second.number}"]`).waitFor()

    const landBefore = await waitingFor('dat-dai')
    await clerkPage.keyboard.press('t')
    await clerkPage.click('.modal [data-service=dat-dai]')
    await clerkPage.waitForSelector('.ticket-panel[data-phase=idle]')
    expect(await waitingFor('dat-dai')).toBe(landBefore + 1)

    await pressEnter(clerkPage)
    await clerkPage.locator(`.ticket-panel[data-ticket="${next.number}"]`).waitFor()
    await clerkPage.keyboard.press('s')
    await clerkPage.waitForSelector('.ticket-panel[data-phase=serving]')
    await clerkPage.reload()
    await clerkPage.locator(`.ticket-panel[data-ticket="${next.number}"][data-phase=serving]`).waitFor()

    // The session ends on the server (here: revoked); the ticket stays at the counter.
    expect((await clerkCtx.request.post(`${server.url}/api/auth/logout`)).ok()).toBe(true)
    // the server tells the open console at once (session:ended): it shows the login, the ticket stays
    await clerkPage.waitForSelector('[data-expired]')
    expect(await clerkPage.locator('[data-expired]').textContent()).toContain('phiếu đang phục vụ vẫn được giữ tại quầy')
    expect(await clerkPage.locator('input[name=username]').inputValue()).toBe('clerk1')
    await shot(clerkPage, 'expired')
    expect((await snap()).counters.find((c) => c.id === 'c1')!.current).toMatchObject({ number: next.number, status: 'serving' })
    await clerkPage.fill('input[name=password]', PASSWORDS.clerk)
    await clerkPage.click('button[type=submit]')
    await clerkPage.locator(`.ticket-panel[data-ticket="${next.number}"][data-phase=serving]`).waitFor()
    await clerkPage.keyboard.press('f')
    await clerkPage.locator('.modal [data-outcome]').first().waitFor()
    await clerkPage.keyboard.press('2')
    await clerkPage.waitForSelector('.ticket-panel[data-phase=idle]')
    await clerkPage.waitForSelector('.today-card [data-figure=served] >> text=2')

    const audit = (await manager.get<AuditEntry[]>(`/api/audit?from=${await today()}&to=${await today()}`)).body.data
    expect(audit.map((e) => [e.action, e.number])).toEqual([
      ['skip', first.number],
      ['call-out-of-turn', second.number],
      ['transfer', second.number],
    ])
    expect(audit[1]!.reason).toBe('Người khuyết tật, đi lại khó khăn')
  })

  it('pauses the counter with a reason', async () => {
    await clerkPage.keyboard.press('p')
    await clerkPage.click('.modal .chip >> text=Họp')
    await clerkPage.click('.modal button[type=submit]')
    await clerkPage.waitForSelector('.counter-bar .badge[data-state=paused]')
    expect(await clerkPage.locator('.counter-bar').textContent()).toContain('Tạm dừng: Họp')
  })
})

describe('manager dashboard', () => {
  it('shows every counter and service live, highlights a ticket past its target, and shows the alert', async () => {
    await managerPage.goto(`${server.url}/console/#/dashboard`)
    const c1 = managerPage.locator('.counters-board tr[data-counter=c1]')
    await c1.locator('.badge.state-paused').waitFor()
    expect(await c1.textContent()).toContain('Nguyễn Thị Lan')
    const land = managerPage.locator('.services-board tr[data-service=dat-dai] td.num').first()
    const before = Number(await land.textContent())
    await issue('dat-dai')
    await expect.poll(async () => Number(await land.textContent())).toBe(before + 1)

    await clerkPage.keyboard.press('o')
    await clerkPage.waitForSelector('.counter-bar .badge[data-state=open]')
    const t = await issue('chung-thuc')
    await clerkPage.locator(`.waiting-list li[data-ticket="${t.number}"]`).waitFor()
    await pressEnter(clerkPage)
    await c1.locator(`td.number >> text=${t.number}`).waitFor()

    const wait = Math.max(0, overdueIssuedAt + 61_000 - Date.now())
    await managerPage.locator('.services-board tr[data-service=van-hoa].overdue').waitFor({ timeout: wait + 5000 })
    expect(await managerPage.locator('.overdue-list li').first().textContent()).toContain('Văn hóa – Thể thao')
    const alert = managerPage.locator('.alerts li[data-kind=wait-target]')
    await alert.waitFor({ timeout: Math.max(0, overdueIssuedAt + 95_000 - Date.now()) })
    expect(await alert.textContent()).toMatch(/Phiếu 8001 \(Văn hóa – Thể thao\) đã chờ \d+ phút, quá mục tiêu 1 phút\./)
    await shot(managerPage, 'dashboard')
    await managerPage.reload() // the server keeps recent alerts: a reload or a late sign-in still shows them
    await managerPage.locator('.alerts li[data-kind=wait-target] >> text=Phiếu 8001').waitFor()
  }, 150_000)
})
