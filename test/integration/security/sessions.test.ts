import { afterEach, describe, expect, it } from 'vitest'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { PublicUser } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'

const apps: FastifyInstance[] = []
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close()
})
async function app(opts: Parameters<typeof testApp>[0] = {}) {
  const made = await testApp(opts)
  apps.push(made.app)
  return made
}
const newUser = (username: string, role: string) => ({ username, displayName: 'Người thử', role, counterId: null, active: true, password: 'temp-password-1' })
async function login(a: FastifyInstance, username: string, password: string): Promise<string> {
  const res = await a.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })
  expect(res.statusCode).toBe(200)
  return String(res.headers['set-cookie']).split(';')[0]!
}

describe('a deleted account never comes back to life', () => {
  it('the cookie of deleted "temp.user" is refused after "temp_user" is created as admin', async () => {
    const { app: a } = await app()
    const admin = await loginAs(a, 'admin')
    const first = await call<PublicUser>(a, 'POST', '/api/admin/users', { cookie: admin, body: newUser('temp.user', 'clerk') })
    expect(first.status).toBe(201)
    const old = await login(a, 'temp.user', 'temp-password-1')
    expect((await call(a, 'DELETE', `/api/admin/users/${first.body.data.id}`, { cookie: admin })).status).toBe(200)
    const second = await call<PublicUser>(a, 'POST', '/api/admin/users', { cookie: admin, body: newUser('temp_user', 'admin') })
    expect(second.status).toBe(201)
    expect(second.body.data.id).not.toBe(first.body.data.id)
    expect((await call(a, 'GET', '/api/auth/me', { cookie: old })).status).toBe(401)
    expect((await call(a, 'GET', '/api/admin/config', { cookie: old })).status).toBe(401)
  })

  it('a user re-created with the same username gets a new id, and the old cookie stays dead', async () => {
    const { app: a } = await app()
    const admin = await loginAs(a, 'admin')
    const first = await call<PublicUser>(a, 'POST', '/api/admin/users', { cookie: admin, body: newUser('lan.nguyen', 'clerk') })
    const old = await login(a, 'lan.nguyen', 'temp-password-1')
    await call(a, 'DELETE', `/api/admin/users/${first.body.data.id}`, { cookie: admin })
    const again = await call<PublicUser>(a, 'POST', '/api/admin/users', { cookie: admin, body: newUser('lan.nguyen', 'manager') })
    expect(again.body.data.id).not.toBe(first.body.data.id)
    expect((await call(a, 'GET', '/api/auth/me', { cookie: old })).status).toBe(401)
  })

  it('deactivating a user ends their sessions; reactivating does not revive them', async () => {
    const { app: a } = await app()
    const admin = await loginAs(a, 'admin')
    const cookie = await loginAs(a, 'clerk3')
    const user = { displayName: 'Lê Thị Hồng', role: 'clerk', counterId: 'c3' }
    expect((await call(a, 'PUT', '/api/admin/users/clerk3', { cookie: admin, body: { ...user, active: false } })).status).toBe(200)
    expect((await call(a, 'PUT', '/api/admin/users/clerk3', { cookie: admin, body: { ...user, active: true } })).status).toBe(200)
    expect((await call(a, 'GET', '/api/auth/me', { cookie })).status).toBe(401)
  })
})

describe('logout is durable, or fails visibly', () => {
  it('with the revocation file unwritable, logout answers 503 STORAGE_FAILED and still clears the cookie', async () => {
    const { app: a, dataDir } = await app()
    const cookie = await loginAs(a, 'clerk1')
    // a non-empty directory where the revocation file goes: the durable rename fails, as on a full disk
    await mkdir(join(dataDir, 'revoked-sessions.json', 'blocker'), { recursive: true })
    const res = await a.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })
    expect(res.statusCode).toBe(503)
    expect(res.json().error.code).toBe('STORAGE_FAILED')
    expect(String(res.headers['set-cookie'])).toMatch(/luot_session=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/)
    // in this process the session is over all the same
    expect((await call(a, 'GET', '/api/auth/me', { cookie })).status).toBe(401)
  })

  it('an acknowledged logout is on disk before the reply', async () => {
    const { app: a, dataDir } = await app()
    const cookie = await loginAs(a, 'clerk2')
    expect((await a.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(200)
    const stored = JSON.parse(await readFile(join(dataDir, 'revoked-sessions.json'), 'utf8')) as Record<string, number>
    expect(Object.keys(stored)).toHaveLength(1)
  })
})

describe('the session secret', () => {
  it('refuses a LUOT_SESSION_SECRET under 32 bytes, saying why', async () => {
    await expect(testApp({ sessionSecret: 'short-secret-31-bytes-long-xxxx' })).rejects.toThrow(/32 bytes/)
    const { app: a } = await app({ sessionSecret: 'a-secret-of-exactly-32-bytes-xyz' })
    expect((await call(a, 'GET', '/api/health')).status).toBe(200)
  })

  it.each([
    ['too short', 'c2hvcnQ'],
    ['empty', ''],
  ])('a session.key that is %s stops the start, naming the file, and is left as it was', async (_name, content) => {
    const { app: a, dataDir } = await testApp()
    await a.close()
    const file = join(dataDir, 'session.key')
    await writeFile(file, content)
    await expect(testApp({ dataDir })).rejects.toThrow(file)
    expect(await readFile(file, 'utf8')).toBe(content)
  })

  it('an unreadable session.key stops the start and is not replaced', async () => {
    const { app: a, dataDir } = await testApp()
    await a.close()
    const file = join(dataDir, 'session.key')
    await rm(file)
    await mkdir(file)
    await expect(testApp({ dataDir })).rejects.toThrow(file)
  })
})

describe('config.json written by version 1', () => {
  it('is migrated at start: every account gets a generation, old cookies stop working, passwords still do', async () => {
    const { app: first, dataDir } = await testApp()
    const oldCookie = await loginAs(first, 'clerk1')
    await first.close()
    const file = join(dataDir, 'config.json')
    const v2 = JSON.parse(await readFile(file, 'utf8')) as { users: Record<string, unknown>[]; padKeyRotations?: unknown }
    const { padKeyRotations: _gone, ...rest } = v2
    await writeFile(file, JSON.stringify({ ...rest, version: 1, users: v2.users.map(({ generation: _g, ...u }) => u) }))
    const { app: a } = await app({ dataDir })
    const migrated = JSON.parse(await readFile(file, 'utf8')) as { version: number; users: { generation?: string }[]; padKeyRotations: object }
    expect(migrated.version).toBe(2)
    expect(migrated.users.every((u) => typeof u.generation === 'string' && u.generation.length >= 8)).toBe(true)
    expect(migrated.padKeyRotations).toEqual({})
    expect((await call(a, 'GET', '/api/auth/me', { cookie: oldCookie })).status).toBe(401)
    await loginAs(a, 'clerk1')
  })
})
