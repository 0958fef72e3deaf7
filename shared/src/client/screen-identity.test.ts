import { createServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { connect, type LuotSocket } from './connect.js'
import { deviceId, handshakeAuth } from './screen-identity.js'

/** A Storage stand-in backed by a Map (Node has no localStorage); `refuse` throws as a locked-down browser does. */
const memoryStorage = (refuse = false) => {
  const m = new Map<string, string>()
  const getItem = (k: string): string | null => {
    if (refuse) throw new Error('SecurityError')
    return m.get(k) ?? null
  }
  return { getItem, setItem: (k: string, v: string) => void m.set(k, v) }
}

describe('deviceId', () => {
  it('makes a hex id once and keeps it', () => {
    const storage = memoryStorage()
    const first = deviceId(() => storage)
    expect(first).toMatch(/^[a-f0-9]{16}$/)
    expect(deviceId(() => storage)).toBe(first)
    expect(deviceId(() => memoryStorage())).not.toBe(first)
  })
  it('is undefined where storage is refused or absent', () => {
    expect(deviceId(() => memoryStorage(true))).toBeUndefined()
    expect(deviceId(() => undefined)).toBeUndefined()
    // a sandboxed frame throws on reading `localStorage` itself
    expect(
      deviceId(() => {
        throw new Error('SecurityError')
      }),
    ).toBeUndefined()
  })
})

describe('connect with a screen identity', () => {
  let http: HttpServer
  let io: Server
  let url: string
  let client: LuotSocket
  const auths: unknown[] = []

  beforeEach(async () => {
    http = createServer()
    io = new Server(http)
    auths.length = 0
    io.use((socket, next) => (auths.push(socket.handshake.auth), next()))
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r))
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  })
  afterEach(async () => {
    client?.close()
    await new Promise((r) => io.close(r))
  })

  it('sends kind, id and this browser’s clock at every (re)connect', async () => {
    client = connect({ url, path: '/socket.io', screen: { kind: 'kiosk', id: 'k1' }, reconnectionDelay: 10, reconnectionDelayMax: 10 })
    await new Promise((r) => client.once('connect', () => r(null)))
    const before = Date.now()
    for (const s of io.sockets.sockets.values()) s.conn.close() // the connection drops: the client reconnects by itself, with a fresh auth
    await new Promise((r) => client.once('connect', () => r(null)))
    expect(auths).toHaveLength(2)
    expect(auths[0]).toMatchObject({ kind: 'kiosk', id: 'k1' })
    expect((auths[1] as { clock: number }).clock).toBeGreaterThanOrEqual(before)
  })

  it('sends nothing for a page that does not say what it is', async () => {
    client = connect({ url, path: '/socket.io' })
    await new Promise((r) => client.once('connect', () => r(null)))
    expect(auths).toEqual([{}])
  })

  it('omits what it does not have', () => {
    expect(handshakeAuth({ kind: 'board' }, undefined, () => 5)()).toEqual({ kind: 'board', clock: 5 })
    expect(handshakeAuth({ kind: 'counter', id: '3' }, 'abcdefabcdefabcd', () => 5)()).toEqual({ kind: 'counter', id: '3', device: 'abcdefabcdefabcd', clock: 5 })
  })
})
