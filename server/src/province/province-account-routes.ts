import Type from 'typebox'
import { PasswordBody, ProvinceAccountCreate, ProvinceAccountEntry, ProvinceAccountUpdate } from '@luot/shared'
import type { App } from '../http/context.js'
import { replies } from '../http/schemas.js'
import { needsProvinceRole } from './province-auth.js'
import type { Province } from './province.js'

const admin = { ...needsProvinceRole('province-admin') }
const tags = ['province']
const params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) })

/** `/api/province/accounts`: the province admin gives each officer an account of their own, and takes it away. */
export async function provinceAccountRoutes(app: App, p: Province): Promise<void> {
  const accounts = p.accountAdmin
  app.get('/api/province/accounts', { ...admin, schema: { tags, summary: 'The province accounts', response: replies(Type.Array(ProvinceAccountEntry)) } }, async () => ({ ok: true as const, data: accounts.list(p.accounts()) }))
  app.post('/api/province/accounts', { ...admin, schema: { tags, summary: 'A new province account (CONFLICT if the username is taken)', body: ProvinceAccountCreate, response: replies(ProvinceAccountEntry) } }, async (req) => {
    const entry = await accounts.add(req.body)
    req.log.warn({ account: entry.username, role: entry.role, by: req.provinceUser!.username }, 'province: an account was added')
    return { ok: true as const, data: entry }
  })
  app.put('/api/province/accounts/:id', { ...admin, schema: { tags, summary: 'Name, role, active; a deactivation or a role change ends its sessions (one active province admin always remains)', params, body: ProvinceAccountUpdate, response: replies(ProvinceAccountEntry) } }, async (req) => {
    const entry = await accounts.update(req.params.id, req.body)
    req.log.warn({ account: entry.username, role: entry.role, active: entry.active, by: req.provinceUser!.username }, 'province: an account was changed')
    return { ok: true as const, data: entry }
  })
  app.post('/api/province/accounts/:id/password', { ...admin, schema: { tags, summary: "Sets an account's password; its sessions end", params, body: PasswordBody, response: replies(ProvinceAccountEntry) } }, async (req) => {
    const entry = await accounts.setPassword(req.params.id, req.body.password)
    req.log.warn({ account: entry.username, by: req.provinceUser!.username }, "province: an account's password was set")
    return { ok: true as const, data: entry }
  })
  app.delete('/api/province/accounts/:id', { ...admin, schema: { tags, summary: 'Deletes an account other than your own; its sessions end', params, response: replies(Type.Null()) } }, async (req) => {
    await accounts.delete(req.params.id, req.provinceUser!)
    req.log.warn({ account: req.params.id, by: req.provinceUser!.username }, 'province: an account was deleted')
    return { ok: true as const, data: null }
  })
}
