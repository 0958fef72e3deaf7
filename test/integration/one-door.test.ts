import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AddressInfo } from 'node:net'
import { io as connect, type Socket } from 'socket.io-client'
import type { FastifyInstance } from 'fastify'
import type { Ack, ClientToServerEvents, CounterView, IssuedTicket, ServerToClientEvents, ServiceView } from '@luot/shared'
import { call, loginAs, testApp } from '../support/test-app.js'

type Client = Socket<ServerToClientEvents, ClientToServerEvents>

let app: FastifyInstance
let cookie: string
let socket: Client

const viaSocket = (command: object): Promise<Ack<CounterView>> => new Promise((resolve) => socket.emit('counter:command', { counterId: 'c1', command } as never, resolve))
const take = (body: object): Promise<Ack<IssuedTicket>> => new Promise((resolve) => socket.emit('ticket:take', body as never, resolve))

beforeAll(async () => {
  ;({ app } = await testApp())
  await app.listen({ port: 0, host: '127.0.0.1' })
  cookie = await loginAs(app, 'clerk1')
  socket = connect(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, { transports: ['websocket'], forceNew: true, extraHeaders: { cookie } })
  await new Promise((resolve) => socket.once('queue:snapshot', resolve))
})
afterAll(async () => {
  socket.close()
  await app.close()
})

describe('one door per use case, both transports', () => {
  it('a bad transfer gets the same error code over HTTP and over the socket', async () => {
    expect((await call(app, 'POST', '/api/counters/c1/open', { cookie, body: {} })).status).toBe(200)
    expect((await call(app, 'POST', '/api/tickets', { body: { serviceId: 'tu-phap-ho-tich' } })).status).toBe(201)
    expect((await call(app, 'POST', '/api/counters/c1/call-next', { cookie, body: {} })).status).toBe(200)

    const bad: object[] = [{}, { serviceId: 'dat-dai', counterId: 'c2' }, { serviceId: 'khong-co' }, { counterId: 'c1' }]
    for (const target of bad) {
      const http = await call(app, 'POST', '/api/counters/c1/transfer', { cookie, body: target })
      const sock = await viaSocket({ type: 'transfer', ...target })
      expect({ target, http: http.body.error?.code, status: http.status }).toEqual({ target, http: 'TRANSFER_TARGET_INVALID', status: 400 })
      expect({ target, socket: sock.ok ? 'ok' : sock.error.code }).toEqual({ target, socket: 'TRANSFER_TARGET_INVALID' })
    }
    // and a good one still works through either door
    const moved = await viaSocket({ type: 'transfer', serviceId: 'dat-dai' })
    expect(moved.ok).toBe(true)
  })

  it('taking a ticket answers alike over HTTP and over the socket, print result included', async () => {
    const services = (await call<ServiceView[]>(app, 'GET', '/api/services')).body.data
    const http = (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: services[2]!.id, kioskId: 'k1' } })).body
    const sock = await take({ serviceId: services[2]!.id, kioskId: 'k1', idempotencyKey: 'same-door-key-1' })
    expect(http.ok && sock.ok).toBe(true)
    if (!sock.ok) return
    expect(Object.keys(sock.data).sort()).toEqual(Object.keys(http.data).sort())
    expect(sock.data.print).toBe('no-printer')
    expect(Number(sock.data.number)).toBe(Number(http.data.number) + 1)
    const unknown = await take({ serviceId: 'khong-co', idempotencyKey: 'same-door-key-2' })
    const unknownHttp = await call(app, 'POST', '/api/tickets', { body: { serviceId: 'khong-co' } })
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe(unknownHttp.body.error.code)
  })
})
