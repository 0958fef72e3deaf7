import Type, { type TSchema } from 'typebox'
import { Centre, Counter, Id, LuotError, NewUserBody, PasswordBody, PublicUser, Service, Settings, type ErrorCode } from '@luot/shared'
import { hashPassword } from '../auth/password.js'
import { assertCounterDeletable, assertServiceDeletable, checkConfig } from '../domain/config-rules.js'
import type { Config, StoredUser } from '../domain/types.js'
import { publicUser } from './auth-routes.js'
import { requireRole } from './auth.js'
import type { App, RouteDeps } from './context.js'
import { created, replies } from './schemas.js'

const Params = Type.Object({ id: Id })
const AdminConfig = Type.Object({ centre: Centre, services: Type.Array(Service), counters: Type.Array(Counter), users: Type.Array(PublicUser), settings: Settings })
const UserUpdate = Type.Omit(PublicUser, ['id', 'username'])

type Collection = 'services' | 'counters'

/** Administration: the centre, services, counters, users and settings. Every change is validated whole, then written durably. */
export async function adminRoutes(app: App, deps: RouteDeps): Promise<void> {
  const { service } = deps
  const admin = { preHandler: requireRole('admin') }
  const view = (c: Config) => ({ centre: c.centre, services: c.services, counters: c.counters, users: c.users.map(publicUser), settings: c.settings })
  const change = <T>(fn: (c: Config, day: typeof service.today) => T) => service.updateConfig((c, day) => ({ value: fn(c, day), config: checkConfig(c) }))

  app.get('/api/admin/config', { ...admin, schema: { tags: ['admin'], response: replies(AdminConfig) } }, async () => ({ ok: true as const, data: view(service.config) }))

  function crud<K extends Collection>(name: K, schema: TSchema, notFound: ErrorCode, deletable: (c: Config, day: typeof service.today, id: string) => void): void {
    type Item = Config[K][number]
    app.post(`/api/admin/${name}`, { ...admin, schema: { tags: ['admin'], body: schema, response: created(schema) } }, async (req, reply) => {
      const item = req.body as Item
      await change((c) => (c[name] as Item[]).push(item))
      return reply.status(201).send({ ok: true as const, data: item })
    })
    app.put(`/api/admin/${name}/:id`, { ...admin, schema: { tags: ['admin'], params: Params, body: schema, response: replies(schema) } }, async (req) => {
      const item = req.body as Item
      const { id } = req.params as { id: string }
      if (item.id !== id) throw new LuotError('BAD_REQUEST', 'the id cannot change')
      await change((c) => {
        const list = c[name] as Item[]
        const i = list.findIndex((x) => x.id === id)
        if (i < 0) throw new LuotError(notFound)
        list[i] = item
      })
      return { ok: true as const, data: item }
    })
    app.delete(`/api/admin/${name}/:id`, { ...admin, schema: { tags: ['admin'], params: Params, response: replies(Type.Object({ id: Id })) } }, async (req) => {
      const { id } = req.params as { id: string }
      await change((c, day) => {
        if (!(c[name] as Item[]).some((x) => x.id === id)) throw new LuotError(notFound)
        deletable(c, day, id)
        ;(c as Record<Collection, Item[]>)[name] = (c[name] as Item[]).filter((x) => x.id !== id)
      })
      return { ok: true as const, data: { id } }
    })
  }
  crud('services', Service, 'SERVICE_NOT_FOUND', assertServiceDeletable)
  crud('counters', Counter, 'COUNTER_NOT_FOUND', assertCounterDeletable)

  const PadLink = Type.Object({ counterId: Id, number: Type.Integer(), path: Type.String() })
  app.get('/api/admin/pads', { ...admin, schema: { tags: ['admin'], summary: 'Rating-pad links with their pairing keys, one per counter', response: replies(Type.Array(PadLink)) } }, async () => ({
    ok: true as const,
    data: service.config.counters.map((c) => ({ counterId: c.id, number: c.number, path: `/display/rating/${c.number}?key=${deps.tokens.padKey(c.id)}` })),
  }))

  app.put('/api/admin/centre', { ...admin, schema: { tags: ['admin'], body: Centre, response: replies(Centre) } }, async (req) => {
    await change((c) => (c.centre = req.body))
    return { ok: true as const, data: req.body }
  })
  app.put('/api/admin/settings', { ...admin, schema: { tags: ['admin'], body: Settings, response: replies(Settings) } }, async (req) => {
    await change((c) => (c.settings = req.body))
    return { ok: true as const, data: req.body }
  })

  app.post('/api/admin/users', { ...admin, schema: { tags: ['admin'], body: NewUserBody, response: created(PublicUser) } }, async (req, reply) => {
    const { password, ...rest } = req.body
    const user: StoredUser = { ...rest, id: rest.username.replace(/[._]/g, '-'), passwordHash: await hashPassword(password), tokenVersion: 0 }
    await change((c) => c.users.push(user))
    return reply.status(201).send({ ok: true as const, data: publicUser(user) })
  })
  app.put('/api/admin/users/:id', { ...admin, schema: { tags: ['admin'], params: Params, body: UserUpdate, response: replies(PublicUser) } }, async (req) => {
    const user = await change((c) => {
      const u = c.users.find((x) => x.id === req.params.id)
      if (!u) throw new LuotError('USER_NOT_FOUND')
      Object.assign(u, req.body)
      if (!u.active) u.tokenVersion++
      return publicUser(u)
    })
    return { ok: true as const, data: user }
  })
  app.post('/api/admin/users/:id/password', { ...admin, schema: { tags: ['admin'], summary: 'Reset a password; the user is signed out everywhere', params: Params, body: PasswordBody, response: replies(PublicUser) } }, async (req) => {
    const hash = await hashPassword(req.body.password)
    const user = await change((c) => {
      const u = c.users.find((x) => x.id === req.params.id)
      if (!u) throw new LuotError('USER_NOT_FOUND')
      u.passwordHash = hash
      u.tokenVersion++
      return publicUser(u)
    })
    return { ok: true as const, data: user }
  })
  app.delete('/api/admin/users/:id', { ...admin, schema: { tags: ['admin'], params: Params, response: replies(Type.Object({ id: Id })) } }, async (req) => {
    if (req.params.id === req.user!.id) throw new LuotError('CONFLICT', 'you cannot delete yourself')
    await change((c) => {
      if (!c.users.some((u) => u.id === req.params.id)) throw new LuotError('USER_NOT_FOUND')
      c.users = c.users.filter((u) => u.id !== req.params.id)
    })
    return { ok: true as const, data: { id: req.params.id } }
  })
}
