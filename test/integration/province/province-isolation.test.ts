import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { io as connectSocket } from 'socket.io-client'
import { ROOMS, type CentreCreated, type CreatedApiKey, type IssuedTicket } from '@luot/shared'
import { ApiClient } from '../../support/api-client.js'
import { takeTicket } from '../../support/pg-servers.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../../support/postgres.js'
import { centreClient, provinceClient, startProvince, type TestProvince } from '../../support/province.js'
import { connected, type TestClient } from '../../support/socket-client.js'

interface Operation {
  security?: Record<string, string[]>[]
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>
}

/** A value each path parameter accepts. */
const PARAMS: Record<string, string> = { id: 'c1', n: '1', file: 'x.json' }
const concrete = (path: string) => path.replace(/\{(\w+)\}/g, (_m, name: string) => PARAMS[name] ?? 'AAAAAAAAAAAA')
const ROLES = ['clerk', 'manager', 'admin'] as const
const PASSWORD = 'staff-pass-123'

/**
 * Staff belong to one centre: every route of another centre that needs a session, driven from that
 * centre's own OpenAPI document, refuses them (and their centre's API key), and their sockets join
 * none of its staff rooms.
 */
describe.skipIf(skipPostgres())('a province keeps its centres apart', () => {
  let pg: TestPostgres
  let province: TestProvince
  /** Centre A's staff cookies by role, and its API key. */
  const cookies: Record<string, string> = {}
  let apiKey = ''
  let provinceCookie = ''
  let doc: OpenApi
  const sockets: TestClient[] = []

  beforeAll(async () => {
    pg = await testPostgres()
    province = await startProvince(await pg.newDatabase())
    const admin = await provinceClient(province.base, 'admin')
    provinceCookie = admin.cookie
    const made: CentreCreated[] = []
    for (const [slug, name] of [['phuong-a', 'Phường A'], ['phuong-b', 'Phường B']] as const) made.push((await admin.post<CentreCreated>('/api/province/centres', { slug, name: `Trung tâm Phục vụ hành chính công ${name}` })).body.data)
    for (const [i, c] of made.entries()) {
      const centreAdmin = await centreClient(province.base, c.centre.slug, 'admin', c.admin.password)
      for (const role of ['clerk', 'manager'] as const) {
        const r = await centreAdmin.post(`/api/admin/users`, { username: `${role}-${i}`, displayName: `Cán bộ ${role}`, role, counterId: null, active: true, password: PASSWORD })
        expect(r.status).toBe(201)
      }
      if (i === 0) {
        cookies.admin = centreAdmin.cookie
        for (const role of ['clerk', 'manager'] as const) cookies[role] = (await centreClient(province.base, 'phuong-a', `${role}-0`, PASSWORD)).cookie
        apiKey = (await centreAdmin.post<CreatedApiKey>('/api/admin/api-keys', { name: 'Phần mềm một cửa', scopes: ['dossiers'] })).body.data.secret
      }
    }
    doc = (await new ApiClient(`${province.base}/c/phuong-b`).get('/api/docs/json')).body as unknown as OpenApi
  }, 180_000)
  afterAll(async () => {
    for (const s of sockets) s.close()
    await province?.close()
    await pg?.close()
  }, 60_000)

  /** A socket to one centre's socket.io, as its pages connect. */
  const centreSocket = (slug: string, cookie: string): TestClient => connectSocket(province.base, { path: `/c/${slug}/socket.io`, transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { cookie } })
  const secured = () => Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.security?.length).map(([method, op]) => ({ method: method.toUpperCase(), path, byKey: op.security!.some((s) => 'apiKey' in s) })))
  const send = async (method: string, url: string, headers: Record<string, string>) => {
    const res = await fetch(url, { method, headers: { ...headers, ...(method === 'GET' || method === 'DELETE' ? {} : { 'content-type': 'application/json' }) }, ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }) })
    return { status: res.status, code: ((await res.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code }
  }

  it("every route of centre B that needs a session refuses centre A's clerk, manager and admin, A's API key and the province's cookie", async () => {
    const routes = secured()
    expect(routes.length).toBeGreaterThan(60)
    expect(routes.every((r) => r.path.startsWith('/c/phuong-b/api/'))).toBe(true)
    const refused: string[] = []
    expect(routes.filter((r) => r.byKey).length).toBeGreaterThan(0)
    for (const { method, path, byKey } of routes) {
      const url = province.base + concrete(path)
      const as: [string, Record<string, string>][] = [...ROLES.map((r): [string, Record<string, string>] => [r, { cookie: cookies[r]! }]), ['api key', { authorization: `Bearer ${apiKey}` }], ['province', { cookie: provinceCookie }]]
      for (const [who, headers] of as) {
        const { status, code } = await send(method, url, headers)
        const label = `${who} ${method} ${path}`
        expect([label, status]).toEqual([label, 401])
        // a route that takes API keys says the key is not valid here; the others take none and want a session
        expect([label, code]).toEqual([label, who === 'api key' && byKey ? 'API_KEY_INVALID' : 'UNAUTHENTICATED'])
        refused.push(label)
      }
    }
    expect(refused.length).toBe(routes.length * 5)
  })

  it("the same cookies are real: at centre A every one of those routes lets A's admin through (no 401 or 403)", async () => {
    for (const { method, path } of secured()) {
      const { status } = await send(method, province.base + concrete(path).replace('/c/phuong-b/', '/c/phuong-a/'), { cookie: cookies.admin! })
      expect([`${method} ${path}`, status === 401 || status === 403]).toEqual([`${method} ${path}`, false])
    }
  })

  it("every province route that needs a session, from the province's OpenAPI document, refuses a centre's admin; a province manager only reads", async () => {
    const provinceDoc = (await new ApiClient(province.base).get('/api/province/docs/json')).body as unknown as { paths: Record<string, Record<string, Operation & { description?: string }>> }
    const routes = Object.entries(provinceDoc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.security?.length).map(([method, op]) => ({ method: method.toUpperCase(), path, adminOnly: /province-admin/.test(op.description ?? '') })))
    expect(routes.length).toBeGreaterThan(10)
    expect(routes.filter((r) => r.adminOnly).length).toBeGreaterThan(5)
    const manager = (await provinceClient(province.base, 'manager')).cookie
    for (const { method, path, adminOnly } of routes) {
      const url = province.base + path.replace(/\{slug\}/g, 'phuong-b')
      const label = `${method} ${path}`
      for (const cookie of [cookies.admin!, cookies.manager!]) expect([label, await send(method, url, { cookie })]).toEqual([label, { status: 401, code: 'UNAUTHENTICATED' }])
      if (adminOnly) expect([label, await send(method, url, { cookie: manager })]).toEqual([label, { status: 403, code: 'FORBIDDEN' }])
    }
  })

  it("a ticket of centre A cannot be followed at centre B", async () => {
    const a = await takeTicket(`${province.base}/c/phuong-a`, 'tu-phap-ho-tich')
    const code = (a.ticket as IssuedTicket).trackingCode
    expect((await new ApiClient(`${province.base}/c/phuong-a`).get(`/api/tickets/${code}`)).status).toBe(200)
    const atB = await new ApiClient(`${province.base}/c/phuong-b`).get(`/api/tickets/${code}`)
    expect([atB.status, atB.body.error.code]).toEqual([404, 'TICKET_NOT_FOUND'])
  })

  it("a socket with centre A's staff cookie joins none of centre B's staff rooms; B's own manager joins B's", async () => {
    const b = province.app.province.centre('phuong-b')!.handle.io
    const inRoom = async (room: string) => (await b.in(room).fetchSockets()).length
    for (const role of ROLES) {
      const s = centreSocket('phuong-b', cookies[role]!)
      sockets.push(s)
      await connected(s)
    }
    for (const room of [ROOMS.clerk, ROOMS.manager, ROOMS.admin]) expect([room, await inRoom(room)]).toEqual([room, 0])
    const own = (await centreClient(province.base, 'phuong-b', 'manager-1', PASSWORD)).cookie
    const mine = centreSocket('phuong-b', own)
    sockets.push(mine)
    await connected(mine)
    expect(await inRoom(ROOMS.manager)).toBe(1)
    expect(await inRoom(ROOMS.admin)).toBe(0)
  })

  it("the province socket refuses a centre's cookie and no cookie; the province's cookie gets the live view", async () => {
    const open = (cookie?: string) => connectSocket(province.base, { path: '/province/socket.io', transports: ['websocket'], forceNew: true, reconnection: false, ...(cookie ? { extraHeaders: { cookie } } : {}) })
    for (const cookie of [cookies.admin, undefined]) {
      const s = open(cookie)
      sockets.push(s as unknown as TestClient)
      await expect(connected(s as unknown as TestClient)).rejects.toThrow('UNAUTHENTICATED')
    }
    const manager = await provinceClient(province.base, 'manager')
    const s = open(manager.cookie)
    sockets.push(s as unknown as TestClient)
    const live = await new Promise<{ centres: { slug: string }[] }>((resolve) => s.once('province:live', resolve))
    expect(live.centres.map((c) => c.slug).sort()).toEqual(['phuong-a', 'phuong-b'])
  })
})
