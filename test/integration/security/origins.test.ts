import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { CounterView, PublicSnapshot } from '@luot/shared'
import { loginAs } from '../../support/test-app.js'
import { closeAll, connected, emitAck, listeningApp, socketClient, type TestClient } from '../../support/socket-client.js'

let app: FastifyInstance
let url: string
let port: number
const clients: TestClient[] = []
/** A page on another port of the same host: same site, another origin. */
const foreign = () => `http://127.0.0.1:${port + 1}`

beforeAll(async () => {
  ;({ app, url, port } = await listeningApp({ allowedOrigins: ['http://intranet.example:8080'] }))
})
afterAll(() => closeAll(app, clients))

const post = (path: string, cookie: string, origin?: string, body: unknown = {}) =>
  fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', cookie, ...(origin ? { origin } : {}) }, body: JSON.stringify(body) })
const counter = async (id: string) => ((await (await fetch(`${url}/api/snapshot`)).json()) as { data: PublicSnapshot }).data.counters.find((c) => c.id === id)!

describe('Origin on state-changing HTTP requests', () => {
  it('refuses a counter command from a page on another port of the same host, and changes nothing', async () => {
    const cookie = await loginAs(app, 'clerk1')
    const res = await post('/api/counters/c1/open', cookie, foreign())
    expect(res.status).toBe(403)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('ORIGIN_NOT_ALLOWED')
    expect((await counter('c1')).state).toBe('closed')
  })

  it('a cross-site POST does not log the user out', async () => {
    const cookie = await loginAs(app, 'clerk2')
    expect((await post('/api/auth/logout', cookie, 'http://evil.example')).status).toBe(403)
    expect((await fetch(`${url}/api/auth/me`, { headers: { cookie } })).status).toBe(200)
  })

  it('accepts its own origin, an allow-listed one, and clients that send no Origin (integrations)', async () => {
    const cookie = await loginAs(app, 'clerk3')
    expect((await post('/api/counters/c3/open', cookie, url)).status).toBe(200)
    expect((await post('/api/counters/c3/pause', cookie, 'http://intranet.example:8080', { reason: 'Họp giao ban' })).status).toBe(200)
    expect((await post('/api/counters/c3/open', cookie)).status).toBe(200)
  })
})

describe('Origin on the socket.io handshake', () => {
  it('refuses a signed-in socket from another origin: it never runs a counter command', async () => {
    const cookie = await loginAs(app, 'clerk4')
    const c = socketClient(url, { cookie, origin: foreign() })
    clients.push(c)
    await expect(connected(c)).rejects.toThrow(/ORIGIN_NOT_ALLOWED/)
    expect((await counter('c4')).state).toBe('closed')
  })

  it('lets the same signed-in user in from the server’s own origin', async () => {
    const cookie = await loginAs(app, 'clerk5')
    const c = socketClient(url, { cookie, origin: url })
    clients.push(c)
    await connected(c)
    expect(await emitAck<CounterView>(c, 'counter:command', { counterId: 'c5', command: { type: 'open' } })).toMatchObject({ ok: true, data: { state: 'open' } })
  })

  it('lets an anonymous display in from anywhere (the public widget may be framed by any site)', async () => {
    const c = socketClient(url, { origin: 'http://evil.example' })
    clients.push(c)
    await connected(c)
  })
})
