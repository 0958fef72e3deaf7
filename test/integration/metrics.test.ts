import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { io as connect, type Socket } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, loginAs, testApp } from '../support/test-app.js'

let app: FastifyInstance
let base: string
const sockets: Socket[] = []

beforeAll(async () => {
  ;({ app } = await testApp({ metricsToken: 'metrics-token-for-tests-0123456789' }))
  await app.listen({ port: 0, host: '127.0.0.1' })
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
})
afterAll(async () => {
  for (const s of sockets) s.close()
  await app.close()
})

/** One sample's value from Prometheus text, e.g. `luot_people_waiting{service="van-hoa"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

const scrape = async (): Promise<string> => {
  const res = await fetch(`${base}/metrics`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('text/plain')
  return res.text()
}

describe('GET /metrics', () => {
  it('counts tickets issued, called and served by service, people waiting, waits and service times', async () => {
    const clerk = await loginAs(app, 'clerk1')
    for (let i = 0; i < 3; i++) expect((await call(app, 'POST', '/api/tickets', { body: { serviceId: 'tu-phap-ho-tich' } })).status).toBe(201)
    let text = await scrape()
    expect(sample(text, 'luot_tickets_issued_total{service="tu-phap-ho-tich",channel="kiosk"}')).toBe(3)
    expect(sample(text, 'luot_people_waiting{service="tu-phap-ho-tich"}')).toBe(3)
    expect(sample(text, 'luot_people_waiting{service="van-hoa"}')).toBe(0)

    await call(app, 'POST', '/api/counters/c1/open', { cookie: clerk, body: {} })
    await call(app, 'POST', '/api/counters/c1/call-next', { cookie: clerk, body: {} })
    await call(app, 'POST', '/api/counters/c1/recall', { cookie: clerk, body: {} })
    await call(app, 'POST', '/api/counters/c1/start', { cookie: clerk, body: {} })
    expect((await call(app, 'POST', '/api/counters/c1/finish', { cookie: clerk, body: { outcome: 'tiep-nhan' } })).status).toBe(200)

    text = await scrape()
    expect(sample(text, 'luot_tickets_called_total{service="tu-phap-ho-tich"}')).toBe(1) // the recall is not a second call
    expect(sample(text, 'luot_tickets_served_total{service="tu-phap-ho-tich",outcome="tiep-nhan"}')).toBe(1)
    expect(sample(text, 'luot_people_waiting{service="tu-phap-ho-tich"}')).toBe(2)
    expect(sample(text, 'luot_wait_seconds_count{service="tu-phap-ho-tich"}')).toBe(1)
    expect(sample(text, 'luot_wait_seconds_bucket{le="60",service="tu-phap-ho-tich"}')).toBe(1)
    expect(sample(text, 'luot_service_seconds_count{service="tu-phap-ho-tich"}')).toBe(1)
    // every acknowledged command was a durable write, each timed
    expect(sample(text, 'luot_storage_write_seconds_count')).toBeGreaterThanOrEqual(5)
    expect(sample(text, 'luot_print_jobs_total{result="no-printer"}')).toBe(3)
    expect(text).toContain('process_resident_memory_bytes')
    expect(text).toContain('nodejs_eventloop_lag_seconds')
  })

  it('counts connected screens by the kind they say they are', async () => {
    const cookie = await loginAs(app, 'clerk2')
    const board = connect(base, { transports: ['websocket'], forceNew: true, auth: { kind: 'board' } })
    const kiosk = connect(base, { transports: ['websocket'], forceNew: true, auth: { kind: 'kiosk', id: 'k1' } })
    const clerk = connect(base, { transports: ['websocket'], forceNew: true, extraHeaders: { cookie }, auth: { kind: 'console' } })
    const old = connect(base, { transports: ['websocket'], forceNew: true })
    sockets.push(board, kiosk, clerk, old)
    await Promise.all([board, kiosk, clerk, old].map((s) => new Promise((r) => s.once('queue:snapshot', r))))
    const text = await scrape()
    expect(sample(text, 'luot_screens_connected{kind="board"}')).toBe(1)
    expect(sample(text, 'luot_screens_connected{kind="kiosk"}')).toBe(1)
    expect(sample(text, 'luot_screens_connected{kind="console"}')).toBe(1)
    expect(sample(text, 'luot_screens_connected{kind="unknown"}')).toBe(1)
    expect(sample(text, 'luot_screens_connected{kind="pad"}')).toBe(0)
    board.close()
    await new Promise((r) => setTimeout(r, 100))
    expect(sample(await scrape(), 'luot_screens_connected{kind="board"}')).toBe(0)
  })

  it('is refused to another machine without the token, and served with it', async () => {
    const remote = { method: 'GET' as const, url: '/metrics', remoteAddress: '192.0.2.10' }
    expect((await app.inject(remote)).statusCode).toBe(401)
    expect((await app.inject({ ...remote, headers: { authorization: 'Bearer wrong-token' } })).statusCode).toBe(403)
    const ok = await app.inject({ ...remote, headers: { authorization: 'Bearer metrics-token-for-tests-0123456789' } })
    expect(ok.statusCode).toBe(200)
    expect(ok.body).toContain('luot_tickets_issued_total')
  })

  it('does not take a request relayed by a local proxy for a local one', async () => {
    const res = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.5' } })
    expect(res.statusCode).toBe(401)
  })
})
