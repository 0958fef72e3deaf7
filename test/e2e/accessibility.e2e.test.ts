import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { IssuedTicket } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { axeProblems } from '../support/axe.js'
import { startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { addLongService, adminClient, busyMorning } from '../support/busy-day.js'
import { signIn } from '../support/console-page.js'
import { PASSWORDS, type ServerProcess } from '../support/server-process.js'

let server: ServerProcess
let browser: Browser
let context: BrowserContext
let tracked: IssuedTicket
let padPath = ''

beforeAll(async () => {
  ;({ server, browser } = await startServerAndBrowser())
  await addLongService(server.url)
  await busyMorning(server.url)
  tracked = (await new ApiClient(server.url).post<IssuedTicket>('/api/tickets', { serviceId: 'van-hoa' })).body.data
  padPath = (await (await adminClient(server.url)).get<{ number: number; path: string }[]>('/api/admin/pads')).body.data.find((p) => p.number === 1)!.path
  context = await browser.newContext({ bypassCSP: true }) // to inject axe-core
})
afterAll(() => stopServerAndBrowser(server, browser))

async function open(path: string, viewport: { width: number; height: number }, ready: string): Promise<Page> {
  const page = await context.newPage()
  await page.setViewportSize(viewport)
  await page.goto(server.url + path)
  await page.waitForSelector(ready)
  return page
}

async function consolePage(user: string, password: string, hash: string, ready: string): Promise<Page> {
  await context.clearCookies() // each role signs in afresh
  const page = await open('/console/', { width: 1440, height: 900 }, 'input[name=username]')
  await signIn(page, user, password)
  if (hash) await page.goto(`${server.url}/console/${hash}`)
  await page.waitForSelector(ready)
  return page
}

// Every screen must pass axe-core with no serious or critical violation (colour contrast included).
describe('accessibility (axe-core): no serious or critical violation', () => {
  it.each<[string, () => Promise<Page>]>([
    ['kiosk', () => open('/kiosk/', { width: 1080, height: 1920 }, '.service-button')],
    ['kiosk priority screen', async () => {
      const page = await open('/kiosk/', { width: 1920, height: 1080 }, '.service-button')
      await page.getByTestId('priority-toggle').click()
      await page.getByTestId('priority-screen').waitFor()
      return page
    }],
    ['tracking page', () => open(`/t/${tracked.trackingCode}`, { width: 390, height: 844 }, '[data-testid=tracked]')],
    ['hall board', () => open('/display/', { width: 1920, height: 1080 }, '.board .call')],
    ['counter screen', () => open('/display/counter/1', { width: 1920, height: 1080 }, '.counter-screen')],
    ['paused counter screen', () => open('/display/counter/4', { width: 1920, height: 1080 }, '.counter-screen[data-state=paused]')],
    ['rating pad', async () => {
      const page = await open(padPath, { width: 1280, height: 800 }, '.pad[data-phase="idle"]')
      const clerk = new ApiClient(server.url)
      await clerk.login('clerk1', PASSWORDS.clerk)
      await clerk.post('/api/counters/c1/finish', { outcome: 'tiep-nhan' })
      await page.waitForSelector('.pad[data-phase="question"]')
      return page
    }],
    ['status widget', () => open('/display/widget', { width: 420, height: 640 }, '.widget[data-connection]')],
    ['login', () => open('/console/', { width: 1440, height: 900 }, 'input[name=username]')],
    ['clerk console', () => consolePage('clerk2', PASSWORDS.clerk, '', '.ticket-panel')],
    ['dashboard', () => consolePage('manager', PASSWORDS.manager, '#/dashboard', '.dashboard-screen')],
    ['history', () => consolePage('manager', PASSWORDS.manager, '#/history', '.history-screen')],
    ['admin', () => consolePage('admin', PASSWORDS.admin, '#/admin', '.admin-screen')],
  ])('%s', async (_name, openScreen) => {
    const page = await openScreen()
    await page.waitForTimeout(300)
    expect(await axeProblems(page)).toEqual([])
    await page.close()
  })
})
