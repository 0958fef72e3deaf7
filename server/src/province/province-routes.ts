import Type from 'typebox'
import { CentreCreate, CentreCreated, CentreEntry, CentreImport, CentreImported, CentreSlug, LuotError, ProvinceLive, ProvinceLogin, ProvincePasswordChange, ProvinceReport, ProvinceReportQuery, ProvinceTemplate, ProvinceUser } from '@luot/shared'
import type { App } from '../http/context.js'
import { fileReplies, rateLimitConfig, replies } from '../http/schemas.js'
import { DUMMY_HASH, verifyPassword } from '../auth/password.js'
import { toCsv } from '../export/csv.js'
import { toXlsx, XLSX_TYPE } from '../export/xlsx.js'
import { provinceTables } from '../export/province-table.js'
import { PROVINCE_COOKIE, needsProvinceRole, publicAccount } from './province-auth.js'
import { provinceAccountRoutes } from './province-account-routes.js'
import { isActive } from './province-records.js'
import type { Province } from './province.js'

const manager = { ...needsProvinceRole('province-manager') }
const admin = { ...needsProvinceRole('province-admin') }
const tags = ['province']
const params = Type.Object({ slug: CentreSlug })

/** The province's API (`/api/province/…`): sign-in, the centres, the template, the live view and the report with its exports. */
export async function provinceRoutes(app: App, p: Province): Promise<void> {
  const cookie = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: p.secureCookies, maxAge: Math.floor(p.tokens.ttlMs / 1000) }

  app.post('/api/province/login', { config: rateLimitConfig(p.publicRateLimit > 0 ? 10 : 0), schema: { tags, body: ProvinceLogin, response: replies(ProvinceUser) } }, async (req, reply) => {
    const account = p.accounts().find((a) => a.username === req.body.username.toLowerCase())
    const ok = await verifyPassword(req.body.password, account?.passwordHash ?? DUMMY_HASH)
    if (!account || !ok || !isActive(account)) throw new LuotError('BAD_CREDENTIALS')
    void reply.setCookie(PROVINCE_COOKIE, p.tokens.issue(account), cookie)
    return { ok: true as const, data: publicAccount(account, p.name) }
  })
  app.post('/api/province/logout', { schema: { tags, response: replies(Type.Object({})) } }, async (req, reply) => {
    void reply.clearCookie(PROVINCE_COOKIE, { path: '/' })
    const claims = p.tokens.verify(req.cookies[PROVINCE_COOKIE] ?? '')
    if (claims) await p.tokens.revoke(claims)
    return { ok: true as const, data: {} }
  })
  // for the proxy's and the service manager's checks: answers once this process has opened its centres
  app.get('/api/health', { schema: { tags, summary: 'This province process is up; how many centres it serves', response: replies(Type.Object({ centres: Type.Integer() })) } }, async () => ({ ok: true as const, data: { centres: p.openCentres() } }))
  app.get('/api/province/me', { ...manager, schema: { tags, response: replies(ProvinceUser) } }, async (req) => ({ ok: true as const, data: publicAccount(req.provinceUser!, p.name) }))

  app.put('/api/province/me/password', { ...manager, config: { ...manager.config, ...rateLimitConfig(p.publicRateLimit > 0 ? 10 : 0) }, schema: { tags, summary: 'Change your own password; every session of the account ends, this one too', body: ProvincePasswordChange, response: replies(Type.Object({})) } }, async (req, reply) => {
    await p.changePassword(req.provinceUser!, req.body.currentPassword, req.body.password)
    void reply.clearCookie(PROVINCE_COOKIE, { path: '/' })
    return { ok: true as const, data: {} }
  })

  app.get('/api/province/centres', { ...manager, schema: { tags, summary: 'Every centre of the province, archived ones too', response: replies(Type.Array(CentreEntry)) } }, async () => ({ ok: true as const, data: await p.directory.list() }))
  app.post('/api/province/centres', { ...admin, schema: { tags, summary: "A new centre from the province template; its admin's password is in the answer, once", body: CentreCreate, response: replies(CentreCreated) } }, async (req) => ({
    ok: true as const,
    data: (await p.createCentres([req.body]))[0]!,
  }))
  app.post('/api/province/centres/import', { ...admin, bodyLimit: 1_100_000, schema: { tags, summary: 'Centres from CSV lines (slug,name,nameEn,kind,district,formerDistrict,commune,address,hotline): all or none', body: CentreImport, response: replies(CentreImported) } }, async (req) => ({
    ok: true as const,
    data: { created: await p.importCentres(req.body.csv) },
  }))
  for (const [action, state] of [['archive', 'archived'], ['restore', 'active']] as const) {
    app.post(`/api/province/centres/:slug/${action}`, { ...admin, schema: { tags, params, response: replies(CentreEntry) } }, async (req) => ({
      ok: true as const,
      data: await p.setCentreState(req.params.slug, state),
    }))
  }
  app.post('/api/province/centres/:slug/admin-password', { ...admin, schema: { tags, summary: "A new password for the centre's admin account, shown once (its sessions end); the account is made again if it was deleted", params, response: replies(Type.Object({ username: Type.String(), password: Type.String() })) } }, async (req) => {
    const reset = await p.resetCentreAdmin(req.params.slug)
    req.log.warn({ centre: req.params.slug, by: req.provinceUser!.username }, "province: a centre's admin password was reset")
    return { ok: true as const, data: reset }
  })
  app.delete('/api/province/centres/:slug', { ...admin, schema: { tags, summary: 'Deletes a centre that never held data; one with data is CENTRE_HAS_DATA (archive it)', params, response: replies(Type.Null()) } }, async (req) => {
    await p.deleteCentre(req.params.slug)
    return { ok: true as const, data: null }
  })

  app.get('/api/province/template', { ...manager, schema: { tags, response: replies(ProvinceTemplate) } }, async () => ({ ok: true as const, data: await p.records.template() }))
  app.put('/api/province/template', { ...admin, schema: { tags, body: ProvinceTemplate, response: replies(ProvinceTemplate) } }, async (req) => ({ ok: true as const, data: await p.saveTemplate(req.body) }))
  app.post('/api/province/template/from-centre/:slug', { ...admin, schema: { tags, summary: "The template becomes a centre's set-up: service areas, counters, outcomes, priority groups, rating scale", params, response: replies(ProvinceTemplate) } }, async (req) => ({
    ok: true as const,
    data: await p.templateFromCentre(req.params.slug),
  }))

  app.get('/api/province/live', { ...manager, schema: { tags, summary: 'Every open centre now: waiting, counters open, longest wait against target, printers and screens down, satisfaction today', response: replies(ProvinceLive) } }, async () => ({ ok: true as const, data: await p.live() }))
  app.get('/api/province/report', { ...manager, schema: { tags, querystring: ProvinceReportQuery, response: replies(ProvinceReport) } }, async (req) => ({ ok: true as const, data: await p.report(req.query) }))
  const fileName = (q: ProvinceReportQuery, ext: string): string => `luot-bao-cao-tinh-${q.from}-${q.to}.${ext}`
  app.get('/api/province/report.csv', { ...manager, schema: { tags, querystring: ProvinceReportQuery, produces: ['text/csv'], response: fileReplies('text/csv') } }, async (req, reply) => {
    const [centres] = provinceTables(await p.report(req.query))
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName(req.query, 'csv')}"`).header('cache-control', 'no-store').send(toCsv(centres!.rows))
  })
  app.get('/api/province/report.xlsx', { ...manager, schema: { tags, querystring: ProvinceReportQuery, produces: [XLSX_TYPE], response: fileReplies(XLSX_TYPE) } }, async (req, reply) => {
    return reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="${fileName(req.query, 'xlsx')}"`).header('cache-control', 'no-store').send(toXlsx(provinceTables(await p.report(req.query))))
  })
  await provinceAccountRoutes(app, p)
}
