import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IssuedTicket, PublicSnapshot, StatsResult } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { artifactPath, startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { PASSWORDS, type ServerProcess } from '../support/server-process.js'

/** The rating pad at counter 1: every score is stored the moment it is tapped; the reason amends it. */
let server: ServerProcess
let browser: Browser
let pad: Page
let clerk: ApiClient

async function issue(serviceId: string): Promise<IssuedTicket> {
  const r = await new ApiClient(server.url).post<IssuedTicket>('/api/tickets', { serviceId })
  expect(r.status).toBe(201)
  return r.body.data
}

async function ok(p: Promise<{ status: number; body: unknown }>): Promise<void> {
  const r = await p
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300)
}

beforeAll(async () => {
  ;({ server, browser } = await startServerAndBrowser())
  const admin = new ApiClient(server.url)
  await admin.login('admin', PASSWORDS.admin)
  const pads = (await admin.get<{ number: number; path: string }[]>('/api/admin/pads')).body.data
  pad = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await pad.goto(server.url + pads.find((p) => p.number === 1)!.path)
  await pad.waitForSelector('.pad[data-joined="c1"][data-phase="idle"]')
  clerk = new ApiClient(server.url)
  await clerk.login('clerk1', PASSWORDS.clerk)
  await ok(clerk.post('/api/counters/c1/open'))
})

afterAll(() => stopServerAndBrowser(server, browser))

/** Counter 1 calls and finishes the next ticket; the pad asks about `number` and gets "Rất không hài lòng". */
async function finishAndRateLow(clerk: ApiClient, number: string): Promise<void> {
  await ok(clerk.post('/api/counters/c1/call-next'))
  await ok(clerk.post('/api/counters/c1/finish', { outcome: 'tiep-nhan' }))
  await pad.waitForSelector(`.pad[data-phase="question"] >> text=Số thứ tự ${number}`)
  await pad.click('button.level[data-value="1"]')
  await pad.waitForSelector('.pad[data-phase="reason"]')
}

/** Today's report row of the "Chứng thực" service, as a manager reads it. */
async function chungThuc(): Promise<StatsResult['rows'][number]> {
  const manager = new ApiClient(server.url)
  await manager.login('manager', PASSWORDS.manager)
  const day = (await manager.get<PublicSnapshot>('/api/snapshot')).body.data.date
  return (await manager.get<StatsResult>(`/api/stats?from=${day}&to=${day}&groupBy=service`)).body.data.rows.find((r) => r.key === 'chung-thuc')!
}

describe('rating pad', () => {
  it('records a low score on the pad at the tap; the reason amends it', async () => {
    const ticket = await issue('chung-thuc')
    await finishAndRateLow(clerk, ticket.number)
    expect(await pad.getByTestId('pad-recorded').textContent()).toContain('Đã ghi nhận đánh giá')
    // stored before any reason is chosen
    expect((await chungThuc()).ratings).toEqual({ '1': 1 })
    await pad.screenshot({ path: artifactPath('display-pad-reason.png') })
    await pad.click('button.reason[data-reason="cho-lau"]')
    await pad.waitForSelector('.pad[data-phase="thanks"]')
    const row = await chungThuc()
    expect(row.ratings).toEqual({ '1': 1 })
    expect(row.lowReasons).toEqual({ 'cho-lau': 1 })
  })

  it('keeps a low score when the next ticket finishes before a reason is picked', async () => {
    const first = await issue('chung-thuc')
    const second = await issue('chung-thuc')
    await finishAndRateLow(clerk, first.number)
    await ok(clerk.post('/api/counters/c1/call-next'))
    await ok(clerk.post('/api/counters/c1/finish', { outcome: 'tiep-nhan' }))
    await pad.waitForSelector(`.pad[data-phase="question"] >> text=Số thứ tự ${second.number}`)
    await pad.click('button.level[data-value="5"]')
    await pad.waitForSelector('.pad[data-phase="thanks"]')
    expect((await chungThuc()).ratings).toEqual({ '1': 2, '5': 1 })
  })

})
