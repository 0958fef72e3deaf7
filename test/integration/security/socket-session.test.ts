import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { call, loginAs } from '../../support/test-app.js'
import { closeAll, connected, listeningApp, nextEvent, socketClient, type TestClient } from '../../support/socket-client.js'

let app: FastifyInstance
let url: string
let admin: string
const clients: TestClient[] = []

beforeAll(async () => {
  ;({ app, url } = await listeningApp())
  admin = await loginAs(app, 'admin')
})
afterAll(() => closeAll(app, clients))

/** Staff-only data in a queue:changed message: the waiting list and clerks' figures. */
const isStaff = (change: object) => 'waiting' in change || 'clerks' in change

/** Counts staff-only broadcasts a socket receives. */
function staffTraffic(c: TestClient): () => number {
  let n = 0
  c.on('queue:changed', (change) => isStaff(change) && n++)
  return () => n
}

/** The next queue:changed message with staff data. */
const nextStaffChange = (c: TestClient) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no staff queue:changed within 3000 ms')), 3000)
    const on = (change: object) => {
      if (!isStaff(change)) return
      clearTimeout(timer)
      c.off('queue:changed', on)
      resolve()
    }
    c.on('queue:changed', on)
  })
const issue = () => call(app, 'POST', '/api/tickets', { body: { serviceId: 'van-hoa' } })

const ENDINGS: [string, string, (cookie: string) => Promise<unknown>][] = [
  ['logs out', 'clerk1', (cookie) => call(app, 'POST', '/api/auth/logout', { cookie })],
  ['is deactivated', 'clerk2', () => call(app, 'PUT', '/api/admin/users/clerk2', { cookie: admin, body: { displayName: 'Trần Văn Minh', role: 'clerk', counterId: 'c2', active: false } })],
  ['has their password reset', 'clerk3', () => call(app, 'POST', '/api/admin/users/clerk3/password', { cookie: admin, body: { password: 'a-new-password-1' } })],
  ['is deleted', 'clerk4', () => call(app, 'DELETE', '/api/admin/users/clerk4', { cookie: admin })],
]

describe('sockets follow the session', () => {
  it.each(ENDINGS)('when the user %s, their socket gets session:ended and no staff broadcast after it', async (_what, username, end) => {
    const cookie = await loginAs(app, username)
    const staff = socketClient(url, { cookie })
    const display = socketClient(url)
    clients.push(staff, display)
    const first = nextEvent(staff, 'queue:snapshot')
    await Promise.all([connected(staff), connected(display)])
    expect(await first).toHaveProperty('me')
    const count = staffTraffic(staff)
    await issue()
    await nextStaffChange(staff)

    const ended = nextEvent(staff, 'session:ended' as 'alert')
    await end(cookie)
    await ended
    const before = count()
    const publicUpdate = nextEvent(display, 'queue:changed')
    await issue()
    await publicUpdate
    await new Promise((r) => setTimeout(r, 200))
    expect(count()).toBe(before)
    expect(staff.connected).toBe(true)
  })
})
