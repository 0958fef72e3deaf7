import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { call, loginAs, testApp } from '../../support/test-app.js'

let app: FastifyInstance
let admin: string

interface Operation {
  requestBody?: { content: Record<string, { schema: unknown }> }
  security?: Record<string, string[]>[]
  description?: string
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>
  components: { securitySchemes?: Record<string, { type: string; in?: string; name?: string }> }
}
const openapi = async () => (await app.inject({ url: '/api/docs/json' })).json() as OpenApi
/** A value each path parameter accepts, so only the body decides the answer. */
const PARAMS: Record<string, string> = { id: 'c1', trackingCode: 'AAAAAAAAAAAA', file: 'x.json', n: '1', code: 'AAAAAAAAAAAA' }
const concrete = (path: string) => path.replace(/\{(\w+)\}/g, (_m, name: string) => PARAMS[name] ?? 'x1')

beforeAll(async () => {
  ;({ app } = await testApp())
  admin = await loginAs(app, 'admin')
})
afterAll(() => app.close())

describe('admin input is closed', () => {
  it('PUT /api/admin/users/:id refuses a passwordHash field and stores nothing; the user still signs in', async () => {
    const res = await call(app, 'PUT', '/api/admin/users/clerk5', { cookie: admin, body: { displayName: 'Hoàng Thị Mai', role: 'clerk', counterId: 'c5', active: true, passwordHash: 12345 } })
    expect(res.status).toBe(400)
    expect(app.luot.service.config.users.find((u) => u.id === 'clerk5')!.passwordHash).toMatch(/^scrypt\$/)
    await loginAs(app, 'clerk5')
  })

  it('PUT /api/admin/users/:id cannot change the username past its pattern', async () => {
    const res = await call(app, 'PUT', '/api/admin/users/clerk6', { cookie: admin, body: { displayName: 'Võ Văn Tùng', role: 'clerk', counterId: 'c6', active: true, username: 'CLERK 5 !!' } })
    expect(res.status).toBe(400)
    expect(app.luot.service.config.users.find((u) => u.id === 'clerk6')!.username).toBe('clerk6')
  })

  it('every body schema in the OpenAPI document refuses an unknown field with 400', async () => {
    const doc = await openapi()
    const checked: string[] = []
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!op.requestBody?.content['application/json']) continue
        const res = await app.inject({ method: method.toUpperCase() as 'POST', url: concrete(path), headers: { cookie: admin }, payload: { zzUnknownField: 1 } })
        const label = `${method.toUpperCase()} ${path}`
        checked.push(label)
        expect([label, res.statusCode]).toEqual([label, 400])
        expect([label, res.json().error.details]).toEqual([label, expect.stringMatching(/additional propert|zzUnknownField/)])
      }
    }
    expect(checked.length).toBeGreaterThan(20)
  })
})

describe('authorise before validating', () => {
  it('an anonymous request to an admin route with a bad body answers 401, not 400', async () => {
    expect((await call(app, 'POST', '/api/admin/users', { body: { nonsense: true } })).status).toBe(401)
    expect((await call(app, 'PUT', '/api/admin/settings', { body: 'not json at all' })).status).toBe(401)
    expect((await call(app, 'POST', '/api/counters/c1/pause', { body: { reason: 42 } })).status).toBe(401)
  })

  it('a clerk sending a bad body to an admin route gets 403, not 400', async () => {
    expect((await call(app, 'POST', '/api/admin/users', { cookie: await loginAs(app, 'clerk7'), body: { nonsense: true } })).status).toBe(403)
  })
})

describe('the OpenAPI document', () => {
  it('declares the session cookie as its security scheme, and each protected route names its role', async () => {
    const doc = await openapi()
    expect(Object.values(doc.components.securitySchemes ?? {})).toContainEqual({ type: 'apiKey', in: 'cookie', name: 'luot_session' })
    const expected: [string, string, string][] = [
      ['/api/admin/users', 'post', 'admin'],
      ['/api/admin/config', 'get', 'admin'],
      ['/api/stats', 'get', 'manager'],
      ['/api/audit', 'get', 'manager'],
      ['/api/counters/{id}/call-next', 'post', 'clerk'],
      ['/api/staff/snapshot', 'get', 'clerk'],
    ]
    for (const [path, method, role] of expected) {
      const op = doc.paths[path]![method]!
      expect(op.security, `${method} ${path}`).toEqual([{ session: [] }])
      expect(op.description, `${method} ${path}`).toContain(`role: ${role}`)
    }
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!/^\/api\/(admin|stats|audit|alerts|staff|counters)/.test(path)) continue
      for (const [method, op] of Object.entries(ops)) expect(op.security, `${method} ${path}`).toEqual([{ session: [] }])
    }
    expect(doc.paths['/api/tickets']!.post!.security).toBeUndefined()
  })
})
