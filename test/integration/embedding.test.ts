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
