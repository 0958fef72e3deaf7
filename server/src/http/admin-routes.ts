import Type, { type TSchema } from 'typebox'
import { Centre, Counter, Id, LuotError, NewUserBody, PasswordBody, PublicUser, Service, Settings, type ErrorCode } from '@luot/shared'
import { randomBytes } from 'node:crypto'
import { hashPassword } from '../auth/password.js'
import { newAccountGeneration } from '../store/config-file.js'
import { padLink, PadLink } from './pad-links.js'
import { assertCounterDeletable, assertServiceDeletable, checkConfig } from '../domain/config-rules.js'
import type { Config, StoredUser } from '../domain/types.js'
import { publicUser } from './auth-routes.js'
import { needsRole } from './auth.js'
import type { App, RouteDeps } from './context.js'
import { created, replies } from './schemas.js'

const Params = Type.Object({ id: Id })
const AdminConfig = Type.Object({ centre: Centre, services: Type.Array(Service), counters: Type.Array(Counter), users: Type.Array(PublicUser), settings: Settings })
/** What an admin may change on a user: closed, so no stored field (hash, token version, username) can be slipped in. */
const UserUpdate = Type.Object({ displayName: PublicUser.properties.displayName, role: PublicUser.properties.role, counterId: PublicUser.properties.counterId, active: PublicUser.properties.active }, { additionalProperties: false })

/** A user id no user ever had, so nothing issued for an earlier account can match a later one. */
function newUserId(users: StoredUser[]): string {
  for (;;) {
    const id = `u-${randomBytes(6).toString('hex')}`
    if (!users.some((u) => u.id === id)) return id
  }
}
const LEFT = 'Tài khoản bị vô hiệu hoá hoặc bị xoá / account deactivated or deleted'

type Collection = 'services' | 'counters'

/** Administration: the centre, services, counters, users and settings. Every change is validated whole, then written durably. */
export async function adminRoutes(app: App, deps: RouteDeps): Promise<void> {
  const { service } = deps
  const admin = needsRole('admin')
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

  app.get('/api/admin/pads', { ...admin, schema: { tags: ['admin'], summary: 'Rating-pad links with their pairing keys, one per counter', response: replies(Type.Array(PadLink)) } }, async () => ({
    ok: true as const,
    data: service.config.counters.map((c) => padLink(deps.tokens, service.config, c.id)),
  }))
  app.post('/api/admin/counters/:id/pad-key', { ...admin, schema: { tags: ['admin'], summary: "Rotate a counter's rating-pad key: the old key stops working at once", params: Params, body: Type.Optional(Type.Object({}, { additionalProperties: false })), response: replies(PadLink) } }, async (req) => {
    await change((c) => {
      if (!c.counters.some((x) => x.id === req.params.id)) throw new LuotError('COUNTER_NOT_FOUND')
      c.padKeyRotations[req.params.id] = (c.padKeyRotations[req.params.id] ?? 0) + 1
    })
    return { ok: true as const, data: padLink(deps.tokens, service.config, req.params.id) }
  })

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
    const hash = await hashPassword(password)
    const user = await change((c) => {
      const u: StoredUser = { ...rest, id: newUserId(c.users), passwordHash: hash, tokenVersion: 0, generation: newAccountGeneration() }
      c.users.push(u)
      return u
    })
    return reply.status(201).send({ ok: true as const, data: publicUser(user) })
  })
  app.put('/api/admin/users/:id', { ...admin, schema: { tags: ['admin'], params: Params, body: UserUpdate, response: replies(PublicUser) } }, async (req) => {
    const user = await change((c) => {
      const u = c.users.find((x) => x.id === req.params.id)
      if (!u) throw new LuotError('USER_NOT_FOUND')
      const { displayName, role, counterId, active } = req.body
      // a deactivation (or a role change) ends every session of the account
      if ((u.active && !active) || u.role !== role) u.tokenVersion++
      Object.assign(u, { displayName, role, counterId, active })
      return publicUser(u)
    })
    if (!user.active) await service.releaseClerk(user.id, req.user!, LEFT)
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
    await service.releaseClerk(req.params.id, req.user!, LEFT)
    return { ok: true as const, data: { id: req.params.id } }
  })
}
