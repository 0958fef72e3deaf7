import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProvinceAccountEntry, ProvinceUser } from '@luot/shared'
import { ApiClient } from '../../support/api-client.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../../support/postgres.js'
import { provinceClient, startProvince, type TestProvince } from '../../support/province.js'
import { io as connectSocket } from 'socket.io-client'

const signIn = async (base: string, username: string, password: string): Promise<{ client: ApiClient; status: number; code?: string }> => {
  const client = new ApiClient(base)
  const r = await client.post<ProvinceUser>('/api/province/login', { username, password })
  return { client, status: r.status, code: r.body.error?.code }
}

/** Every officer their own province account: the province admin adds, changes, deactivates and deletes them; two instances on one database. */
describe.skipIf(skipPostgres())('province accounts', () => {
  let pg: TestPostgres
  let one: TestProvince
  let two: TestProvince
  let admin: ApiClient
  let officer: ProvinceAccountEntry

  beforeAll(async () => {
    pg = await testPostgres()
    const url = await pg.newDatabase()
    one = await startProvince(url)
    two = await startProvince(url)
    admin = await provinceClient(one.base, 'admin')
  }, 120_000)
  afterAll(async () => {
    await one?.close()
    await two?.close()
    await pg?.close()
  }, 60_000)

  it('adds an officer who signs in on either instance with the role given; the username is unique', async () => {
    const r = await admin.post<ProvinceAccountEntry>('/api/province/accounts', { username: 'tran.van.binh', displayName: 'Trần Văn Bình', role: 'province-manager', active: true, password: 'binh-so-noi-vu-1' })
    expect(r.status).toBe(200)
    officer = r.body.data
    expect(officer).toMatchObject({ username: 'tran.van.binh', displayName: 'Trần Văn Bình', role: 'province-manager', active: true })
    expect(officer).not.toHaveProperty('passwordHash')
    expect((await admin.get<ProvinceAccountEntry[]>('/api/province/accounts')).body.data.map((a) => a.username)).toEqual(['province-admin', 'province-manager', 'tran.van.binh'])
    // the other instance learns of it by NOTIFY
    await expect.poll(async () => (await signIn(two.base, 'tran.van.binh', 'binh-so-noi-vu-1')).status, { timeout: 5000 }).toBe(200)
    const binh = (await signIn(two.base, 'tran.van.binh', 'binh-so-noi-vu-1')).client
    expect((await binh.get<ProvinceUser>('/api/province/me')).body.data).toMatchObject({ username: 'tran.van.binh', role: 'province-manager', province: 'Thành phố Đà Nẵng' })
    expect((await binh.get('/api/province/live')).status).toBe(200)
    expect((await binh.get('/api/province/accounts')).status).toBe(403) // a manager manages no accounts
    const taken = await admin.post('/api/province/accounts', { username: 'tran.van.binh', displayName: 'Another', role: 'province-admin', active: true, password: 'another-pass-1' })
    expect(taken.status).toBe(409)
    expect(taken.body.error.code).toBe('CONFLICT')
    expect((await admin.get<ProvinceAccountEntry[]>('/api/province/accounts')).body.data).toHaveLength(3) // nothing half-made
  })

  it('a deactivation ends the officer’s sessions and live socket on both instances, and refuses the sign-in; reactivated, it signs in again', async () => {
    const binh = (await signIn(two.base, 'tran.van.binh', 'binh-so-noi-vu-1')).client
    const socket = connectSocket(two.base, { path: '/province/socket.io', transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { cookie: binh.cookie } })
    await new Promise<void>((resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)))
    const gone = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()))
    const off = await admin.request<ProvinceAccountEntry>('PUT', `/api/province/accounts/${officer.id}`, { displayName: 'Trần Văn Bình', role: 'province-manager', active: false })
    expect(off.body.data.active).toBe(false)
    await gone // ended by the other instance, on NOTIFY
    socket.close()
    await expect.poll(async () => (await binh.get('/api/province/me')).status, { timeout: 5000 }).toBe(401)
    expect((await signIn(one.base, 'tran.van.binh', 'binh-so-noi-vu-1')).code).toBe('BAD_CREDENTIALS')
    await admin.request('PUT', `/api/province/accounts/${officer.id}`, { displayName: 'Trần Văn Bình', role: 'province-admin', active: true })
    await expect.poll(async () => (await signIn(two.base, 'tran.van.binh', 'binh-so-noi-vu-1')).status, { timeout: 5000 }).toBe(200)
    expect((await (await signIn(one.base, 'tran.van.binh', 'binh-so-noi-vu-1')).client.get('/api/province/accounts')).status).toBe(200) // now an admin
  })

  it('sets a password (the old one stops working, sessions end) and deletes an account, never your own, never the last active admin', async () => {
    const binh = (await signIn(one.base, 'tran.van.binh', 'binh-so-noi-vu-1')).client
    expect((await admin.post(`/api/province/accounts/${officer.id}/password`, { password: 'mat-khau-moi-22' })).status).toBe(200)
    expect((await binh.get('/api/province/me')).status).toBe(401)
    expect((await signIn(one.base, 'tran.van.binh', 'binh-so-noi-vu-1')).code).toBe('BAD_CREDENTIALS')
    const binhAgain = (await signIn(one.base, 'tran.van.binh', 'mat-khau-moi-22')).client
    const self = await binhAgain.request('DELETE', `/api/province/accounts/${officer.id}`)
    expect(self.body.error.code).toBe('CONFLICT')
    // Bình removes the first admin; he is now the only active admin, and cannot step down
    const accounts = (await binhAgain.get<ProvinceAccountEntry[]>('/api/province/accounts')).body.data
    const first = accounts.find((a) => a.username === 'province-admin')!
    expect((await binhAgain.request('DELETE', `/api/province/accounts/${first.id}`)).status).toBe(200)
    expect((await admin.get('/api/province/me')).status).toBe(401)
    const last = await binhAgain.request('PUT', `/api/province/accounts/${officer.id}`, { displayName: 'Trần Văn Bình', role: 'province-manager', active: true })
    expect(last.status).toBe(409)
    expect((last.body.error as { details?: string }).details).toContain('at least one active province admin')
    expect((await binhAgain.get<ProvinceAccountEntry[]>('/api/province/accounts')).body.data.map((a) => [a.username, a.role])).toEqual([
      ['province-manager', 'province-manager'],
      ['tran.van.binh', 'province-admin'],
    ])
    expect((await binhAgain.request('DELETE', '/api/province/accounts/no-such-account')).body.error.code).toBe('USER_NOT_FOUND')
  })
})
