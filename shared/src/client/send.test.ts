import { createServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { connect, type LuotSocket } from './connect.js'
import { isNoAnswer, NO_ANSWER, send } from './send.js'

// A real socket.io server on port 0 and a real client: what the apps run, without a browser.
let http: HttpServer
let io: Server
let url: string
let client: LuotSocket
let seen: string[]

beforeEach(async () => {
  http = createServer()
  io = new Server(http)
  seen = []
  io.on('connection', (s) => {
    s.on('ticket:track', (body: { trackingCode: string }, ack: (r: unknown) => void) => {
      seen.push(body.trackingCode)
      if (body.trackingCode !== 'silent') ack({ ok: true, data: { code: body.trackingCode } })
    })
  })
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
})

afterEach(async () => {
  client?.close()
  await new Promise((r) => io.close(r))
})

const track = (code: string) => (s: ReturnType<LuotSocket['timeout']>) => s.emitWithAck('ticket:track', { trackingCode: code }) as never

describe('send', () => {
  it('returns the server’s Ack', async () => {
    client = connect({ url, path: '/socket.io' })
    await new Promise((r) => client.once('connect', () => r(null)))
    expect(await send(client, track('abc'))).toEqual({ ok: true, data: { code: 'abc' } })
  })

  it('gives NoAnswer when the server never answers, after the one timeout', async () => {
    client = connect({ url, path: '/socket.io' })
    await new Promise((r) => client.once('connect', () => r(null)))
    const started = Date.now()
    const r = await send(client, track('silent'), { answerMs: 200 })
    expect(r).toBe(NO_ANSWER)
    expect(isNoAnswer(r)).toBe(true)
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
    expect(seen).toEqual(['silent'])
  })

  it('never buffers a command while offline: NoAnswer at once, and the server never sees it', async () => {
    client = connect({ url, path: '/socket.io', autoConnect: false })
    expect(await send(client, track('offline'))).toBe(NO_ANSWER)
    client.connect()
    await new Promise((r) => client.once('connect', () => r(null)))
    await new Promise((r) => setTimeout(r, 100))
    expect(seen).toEqual([])
  })

  it('waits for the link when asked, then sends', async () => {
    client = connect({ url, path: '/socket.io', autoConnect: false })
    setTimeout(() => client.connect(), 50)
    expect(await send(client, track('later'), { waitConnectMs: 3000 })).toEqual({ ok: true, data: { code: 'later' } })
    client.close()
    expect(await send(client, track('gone'), { waitConnectMs: 100 })).toBe(NO_ANSWER)
    expect(seen).toEqual(['later'])
  })
})
