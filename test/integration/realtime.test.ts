import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { io as connect, type Socket } from 'socket.io-client'
import type { FastifyInstance } from 'fastify'
import type { Ack, ClientToServerEvents, CounterView, IssuedTicket, PublicSnapshot, ServerToClientEvents, StaffSnapshot, TrackedTicket } from '@luot/shared'
import { Value } from 'typebox/value'
import { RatingRecorded, RatingRequest } from '@luot/shared'
import { loginAs } from '../support/test-app.js'
import { closeAll, listeningApp, nextEvent as next, type TestClient } from '../support/socket-client.js'

type Client = Socket<ServerToClientEvents, ClientToServerEvents>

let app: FastifyInstance
let url: string
const clients: Client[] = []

function client(cookie?: string): Client {
  const c: Client = connect(url, { transports: ['websocket'], forceNew: true, ...(cookie ? { extraHeaders: { cookie } } : {}) })
  clients.push(c)
  return c
}

/** The first event of that name whose payload passes the check (earlier ones are ignored). */
function until<E extends keyof ServerToClientEvents>(c: Client, event: E, check: (p: Parameters<ServerToClientEvents[E]>[0]) => boolean, timeoutMs = 3000): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching ${String(event)} within ${timeoutMs} ms`)), timeoutMs)
    const on = (payload: never) => {
      if (!check(payload)) return
      clearTimeout(timer)
      c.off(event as 'queue:snapshot', on as never)
      resolve(payload)
    }
    c.on(event as 'queue:snapshot', on as never)
  })
}

const emit = <T>(c: Client, event: 'counter:command' | 'ticket:take' | 'ticket:track', body: unknown): Promise<Ack<T>> =>
  new Promise((resolve) => (c.emit as (e: string, b: unknown, ack: (r: Ack<T>) => void) => void)(event, body, resolve))

beforeAll(async () => {
  ;({ app, url } = await listeningApp())
})
afterAll(() => closeAll(app, clients as TestClient[]))

describe('socket.io', () => {
  it("a clerk's call-next reaches a display in one queue:changed message, the phone in one ticket:updated, the clerk in one message and an Ack", async () => {
    const display = client()
    const first = (await next(display, 'queue:snapshot')) as PublicSnapshot
    expect(first.counters).toHaveLength(8)
    expect('waiting' in first).toBe(false)

    const cookie = await loginAs(app, 'clerk1')
    const clerk = client(cookie)
    const staff = (await next(clerk, 'queue:snapshot')) as StaffSnapshot
    expect(staff.me.username).toBe('clerk1')

    const kiosk = client()
    await next(kiosk, 'queue:snapshot')
    const taken = await emit<IssuedTicket>(kiosk, 'ticket:take', { serviceId: 'tu-phap-ho-tich', idempotencyKey: 'socket-tap-0001' })
    expect(taken).toMatchObject({ ok: true, data: { number: '2001' } })
    const retried = await emit<IssuedTicket>(kiosk, 'ticket:take', { serviceId: 'tu-phap-ho-tich', idempotencyKey: 'socket-tap-0001' })
    expect(retried.ok && taken.ok && retried.data.id === taken.data.id).toBe(true)

    const phone = client()
    await next(phone, 'queue:snapshot')
    const tracked = await emit<TrackedTicket>(phone, 'ticket:track', { trackingCode: taken.ok ? taken.data.trackingCode : '' })
    expect(tracked).toMatchObject({ ok: true, data: { status: 'waiting' } })

    const opened = next(display, 'queue:changed')
    expect(await emit<CounterView>(clerk, 'counter:command', { counterId: 'c1', command: { type: 'open' } })).toMatchObject({ ok: true, data: { state: 'open' } })
    // an opening moves the open counters and estimates of every service counter 1 serves
    expect((await opened).services.map((x) => x.id).sort()).toEqual(['chung-thuc', 'tu-phap-ho-tich'])
    await new Promise((r) => setTimeout(r, 100)) // the open's own messages are in
    const heard = new Map<Client, string[]>([display, clerk, kiosk, phone].map((c) => [c, []]))
    for (const [c, names] of heard) c.onAny((name: string) => names.push(name))
    const called = next(display, 'queue:changed')
    const staffChange = next(clerk, 'queue:changed')
    const phoneUpdate = until(phone, 'ticket:updated', (t) => t.status !== 'waiting')
    const ack = await emit<CounterView>(clerk, 'counter:command', { counterId: 'c1', command: { type: 'call-next' } })
    expect(ack).toMatchObject({ ok: true, data: { current: { number: '2001', status: 'called' } } })
    const change = await called
    expect(change.calls).toMatchObject([{ number: '2001', counterNumber: 1, recalls: 0 }])
    expect(change.counters).toMatchObject([{ id: 'c1', current: { number: '2001', status: 'called' } }])
    expect(change.services.find((x) => x.id === 'tu-phap-ho-tich')).toMatchObject({ waiting: 0, issuedToday: 1 })
    // only the service the call touched: its ticket's (counter 1 stays open, so its other service's view is unchanged and not sent)
    expect(change.services.map((x) => x.id)).toEqual(['tu-phap-ho-tich'])
    expect('waiting' in change).toBe(false)
    expect(await staffChange).toMatchObject({ calls: [{ number: '2001' }], waiting: [], clerks: [] })
    expect((await phoneUpdate) as TrackedTicket).toMatchObject({ status: 'called', counterNumber: 1 })
    await new Promise((r) => setTimeout(r, 100))
    expect([...heard.values()]).toEqual([['queue:changed'], ['queue:changed'], ['queue:changed'], ['ticket:updated']])
  })

  it('answers a bad payload with a BAD_REQUEST Ack, and an anonymous command with UNAUTHENTICATED', async () => {
    const c = client()
    await next(c, 'queue:snapshot')
    expect(await emit(c, 'ticket:take', { serviceId: 7 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await emit(c, 'counter:command', { counterId: 'c1', command: { type: 'call-next' } })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await emit(c, 'counter:command', { counterId: 'c1', command: { type: 'explode' } })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  it('a reconnecting client gets a fresh snapshot with what happened while it was away', async () => {
    const display = client()
    await next(display, 'queue:snapshot')
    display.disconnect()
    await app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: 'dat-dai' } })
    const fresh = next(display, 'queue:snapshot')
    display.connect()
    const snap = (await fresh) as PublicSnapshot
    expect(snap.services.find((s) => s.id === 'dat-dai')).toMatchObject({ waiting: 1, issuedToday: 1 })
  })
  it('a rating pad joins its counter only with its pairing key, and rates the finished ticket once', async () => {
    const pad = client()
    await next(pad, 'queue:snapshot')
    const join = (key: string) => new Promise<Ack<unknown>>((resolve) => pad.emit('pad:join', { counterId: 'c2', key }, resolve))
    expect(await join('not-the-key-0000')).toMatchObject({ ok: false, error: { code: 'PAD_NOT_PAIRED' } })
    const admin = await loginAs(app, 'admin')
    const pads = (await app.inject({ url: '/api/admin/pads', headers: { cookie: admin } })).json().data as { counterId: string; path: string }[]
    const key = new URL(pads.find((p) => p.counterId === 'c2')!.path, 'http://x').searchParams.get('key')!
    expect(await join(key)).toMatchObject({ ok: true })

    const cookie = await loginAs(app, 'clerk2')
    const clerk = client(cookie)
    await next(clerk, 'queue:snapshot')
    await app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: 'chung-thuc' } })
    const recorded = next(pad, 'rating:recorded')
    const requested = next(pad, 'rating:requested')
    for (const type of ['open', 'call-next', 'finish'] as const) {
      const command = type === 'finish' ? { type, outcome: 'tra-ket-qua' } : { type }
      expect(await emit(clerk, 'counter:command', { counterId: 'c2', command })).toMatchObject({ ok: true })
    }
    const request = await requested
    // what arrives on the wire is what the exported schema says
    expect([...Value.Errors(RatingRequest, request)]).toEqual([])
    const rate = () => new Promise<Ack<unknown>>((resolve) => pad.emit('pad:rate', { ratingToken: request.ratingToken, value: 4 }, resolve))
    expect(await rate()).toMatchObject({ ok: true })
    expect([...Value.Errors(RatingRecorded, await recorded)]).toEqual([])
    expect(await rate()).toMatchObject({ ok: false })
  })
})
