import { afterEach, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { closeAll, emitAck, listeningApp, nextEvent, socketClient, type TestClient } from '../../support/socket-client.js'
import { StartupError } from '../../../server/src/startup-error.js'
import { testApp } from '../../support/test-app.js'

let app: FastifyInstance | undefined
const clients: TestClient[] = []
afterEach(async () => {
  await closeAll(app, clients)
  app = undefined
})

/** A citizen's phone behind nginx: every request reaches the server from 127.0.0.1, naming the phone in X-Forwarded-For. */
const track = (url: string, phone: string) => fetch(`${url}/api/tickets/nobody000`, { headers: { 'x-forwarded-for': phone } }).then((r) => r.status)

async function phoneSocket(url: string, phone: string): Promise<TestClient> {
  const c = socketClient(url, { 'x-forwarded-for': phone })
  clients.push(c)
  await nextEvent(c, 'queue:snapshot')
  return c
}

describe('behind a proxy on this machine (LUOT_TRUST_PROXY=127.0.0.1)', () => {
  it('each client the proxy names has its own limit, over HTTP and over socket.io', async () => {
    let url: string
    ;({ app, url } = await listeningApp({ publicRateLimit: 3, trustProxy: ['127.0.0.1'] }))
    const first = [await track(url, '10.0.0.1'), await track(url, '10.0.0.1'), await track(url, '10.0.0.1'), await track(url, '10.0.0.1')]
    expect(first).toEqual([404, 404, 404, 429])
    expect(await track(url, '10.0.0.2')).toBe(404) // another phone is not held back by the first one

    const a = await phoneSocket(url, '10.0.0.3')
    const b = await phoneSocket(url, '10.0.0.4')
    for (let i = 0; i < 3; i++) await emitAck(a, 'ticket:track', { trackingCode: 'nobody000' })
    expect(await emitAck(a, 'ticket:track', { trackingCode: 'nobody000' })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(await emitAck(b, 'ticket:track', { trackingCode: 'nobody000' })).toMatchObject({ ok: false, error: { code: 'TICKET_NOT_FOUND' } })
  })
})

describe('without a trusted proxy (the default)', () => {
  it('X-Forwarded-For is ignored: a client cannot name itself anew to escape its limit', async () => {
    let url: string
    ;({ app, url } = await listeningApp({ publicRateLimit: 3 }))
    const statuses = [await track(url, '10.0.0.1'), await track(url, '10.0.0.2'), await track(url, '10.0.0.3'), await track(url, '10.0.0.4')]
    expect(statuses).toEqual([404, 404, 404, 429])
    const c = await phoneSocket(url, '10.0.0.5')
    const d = await phoneSocket(url, '10.0.0.6')
    for (let i = 0; i < 3; i++) await emitAck(c, 'ticket:track', { trackingCode: 'nobody000' })
    expect(await emitAck(d, 'ticket:track', { trackingCode: 'nobody000' })).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  })

  it('a LUOT_TRUST_PROXY entry that is not an address stops the start, saying so', async () => {
    const err = await testApp({ trustProxy: ['nginx-box'] }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StartupError)
    expect((err as Error).message).toMatch(/^LUOT_TRUST_PROXY: .*nginx-box/)
  })
})
