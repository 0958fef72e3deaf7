import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { startServerAndBrowser, stopServerAndBrowser } from '../support/browser.js'
import { type ServerProcess } from '../support/server-process.js'

let server: ServerProcess
let browser: Browser

beforeAll(async () => ({ server, browser } = await startServerAndBrowser()))
afterAll(() => stopServerAndBrowser(server, browser))

describe('every screen is served by the one server', () => {
  it.each(['/kiosk/', '/display/', '/console/', '/display/counter/1', '/t/AAAAAAAAAAAA'])('%s loads its app without script errors', async (path) => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    const res = await page.goto(server.url + path)
    expect(res?.status()).toBe(200)
    await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('the API docs are served', async () => {
    const res = await fetch(`${server.url}/api/docs/json`)
    const doc = (await res.json()) as { paths: Record<string, unknown> }
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/tickets', '/api/counters/{id}/call-next', '/api/stats']))
  })
})
