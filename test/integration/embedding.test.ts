import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import Fastify from 'fastify'
import { luot } from '../../server/src/app.js'
import { PASSWORDS, tempDataDir } from '../support/server-process.js'

const host = Fastify()
afterAll(() => host.close())

describe('embedding as a Fastify plugin', () => {
  it('serves the API under a prefix inside someone else’s app, leaving the host’s routes alone', async () => {
    host.get('/', async () => ({ site: 'Cổng thông tin phường' }))
    await host.register(luot, { prefix: '/hang-doi', dataDir: await tempDataDir(), passwords: PASSWORDS, serveApps: false, publicRateLimit: 0 })
    await host.ready()

    const own = await host.inject({ url: '/' })
    expect(own.json()).toEqual({ site: 'Cổng thông tin phường' })
    expect(own.headers['content-security-policy']).toBeUndefined()

    const health = await host.inject({ url: '/hang-doi/api/health' })
    expect(health.statusCode).toBe(200)
    expect(health.headers['content-security-policy']).toBeDefined()
    const ticket = await host.inject({ method: 'POST', url: '/hang-doi/api/tickets', payload: { serviceId: 'van-phong' } })
    expect(ticket.statusCode).toBe(201)
    expect(ticket.json().data.number).toBe('1001')
    expect((await host.inject({ url: '/api/health' })).statusCode).toBe(404)
    const bad = await host.inject({ method: 'POST', url: '/hang-doi/api/tickets', payload: { serviceId: 1 } })
    expect(bad.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })
})

describe('the screens under a prefix', () => {
  it('serves each page once under the prefix, with its <base> and root there, and the prefix itself leads to the kiosk', async () => {
    const appsRoot = await mkdtemp(join(tmpdir(), 'luot-apps-'))
    for (const dir of ['kiosk', 'counter-display', 'clerk-console']) {
      await mkdir(join(appsRoot, dir, 'dist'), { recursive: true })
      await writeFile(join(appsRoot, dir, 'dist', 'index.html'), `<!doctype html><html><head><title>${dir}</title></head><body></body></html>`)
    }
    const site = Fastify()
    try {
      await site.register(luot, { prefix: '/c/phuong-a', dataDir: await tempDataDir(), passwords: PASSWORDS, appsRoot, publicRateLimit: 0 })
      await site.ready()
      for (const [path, mount, title] of [['/kiosk/', 'kiosk', 'kiosk'], ['/display/', 'display', 'counter-display'], ['/display/counter/2', 'display', 'counter-display'], ['/console/', 'console', 'clerk-console']]) {
        const page = await site.inject({ url: `/c/phuong-a${path}` })
        expect(page.statusCode, path).toBe(200)
        expect(page.body).toContain(`<head><base href="/c/phuong-a/${mount}/"><meta name="luot-root" content="/c/phuong-a/"><title>${title}</title>`)
      }
      expect((await site.inject({ url: '/c/phuong-a/c/phuong-a/kiosk/' })).statusCode).toBe(404) // not under the prefix twice
      const root = await site.inject({ url: '/c/phuong-a/' })
      expect([root.statusCode, root.headers.location]).toEqual([302, '/c/phuong-a/kiosk/'])
    } finally {
      await site.close()
      await rm(appsRoot, { recursive: true, force: true })
    }
  })
})
