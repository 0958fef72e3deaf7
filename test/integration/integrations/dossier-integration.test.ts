import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { CreatedApiKey, StaffDossier, WebhookView } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'
import { receiveDossier, servedTicket } from '../../support/dossier-visit.js'
import { freePort } from '../../support/server-process.js'
import { WebhookReceiver } from '../../support/webhook-receiver.js'

/** The province's one-stop software: it sets a dossier's status with its API key and hears every dossier change by webhook. */
let now = new Date('2026-11-30T09:00:00.000+07:00')
let app: FastifyInstance
let admin: string
let clerk: string
let receiver: WebhookReceiver

beforeAll(async () => {
  receiver = new WebhookReceiver(await freePort())
  await receiver.listen()
  ;({ app } = await testApp({ clock: () => now, webhooks: { retryDelaysMs: [50], pollMs: 25 } }))
  ;[admin, clerk] = await Promise.all([loginAs(app, 'admin'), loginAs(app, 'clerk1')])
  await call<WebhookView>(app, 'POST', '/api/admin/webhooks', { cookie: admin, body: { url: receiver.url, secret: 'secret-of-the-province-123', events: ['dossier.received', 'dossier.status', 'dossier.returned', 'dossier.apology'], enabled: true } })
})
afterAll(async () => {
  await app.close()
  await receiver.close()
})

const bearer = (key: string) => ({ authorization: `Bearer ${key}` })

describe('API keys on the dossier routes', () => {
  it("moves a dossier by API key, recorded as the integration's step; refuses a wrong or a revoked key; sends every change by webhook without the applicant", async () => {
    const key = (await call<CreatedApiKey>(app, 'POST', '/api/admin/api-keys', { cookie: admin, body: { name: 'Hệ thống một cửa điện tử tỉnh', scopes: ['dossiers'] } })).body.data
    expect(key.secret).toMatch(/^luot_/)
    const listed = await call(app, 'GET', '/api/admin/api-keys', { cookie: admin })
    expect(JSON.stringify(listed.body)).not.toContain(key.secret)
    expect(JSON.stringify(listed.body)).not.toContain('"hash"')

    const ticket = await servedTicket(app, clerk, 'c1', 'tu-phap-ho-tich')
    const code = (await receiveDossier(app, clerk, { ticketId: ticket.id, procedureId: 'dang-ky-khai-sinh', applicantName: 'Trần Thị Bình', applicantPhone: '0905 111 222' })).body.data.code
    now = new Date('2026-11-30T10:00:00.000+07:00')
    const moved = await call<StaffDossier>(app, 'POST', `/api/dossiers/${code}/status`, { headers: bearer(key.secret), body: { status: 'in-progress' } })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.data.history.at(-1)).toMatchObject({ status: 'in-progress', by: { kind: 'integration', id: key.key.id, name: 'Hệ thống một cửa điện tử tỉnh' } })
    expect((await call<StaffDossier>(app, 'GET', `/api/dossiers/${code}`, { headers: bearer(key.secret) })).body.data.status).toBe('in-progress')

    // a key is judged alone: a wrong one is refused even with a clerk's session alongside
    const wrong = await call(app, 'POST', `/api/dossiers/${code}/status`, { cookie: clerk, headers: bearer('luot_not-a-key-at-all'), body: { status: 'result-ready' } })
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'API_KEY_INVALID'])
    expect((await call(app, 'POST', `/api/dossiers/${code}/status`, { headers: { authorization: 'Basic abc' }, body: { status: 'result-ready' } })).status).toBe(401)
    // the key opens only its routes: not the staff list, not the admin
    expect((await call(app, 'GET', '/api/dossiers', { headers: bearer(key.secret) })).status).toBe(401)
    expect((await call(app, 'GET', '/api/admin/api-keys', { headers: bearer(key.secret) })).status).toBe(401)

    expect((await call(app, 'POST', `/api/admin/api-keys/${key.key.id}/revoke`, { cookie: admin, body: {} })).status).toBe(200)
    const revoked = await call(app, 'POST', `/api/dossiers/${code}/status`, { headers: bearer(key.secret), body: { status: 'result-ready' } })
    expect([revoked.status, revoked.body.error.code]).toEqual([401, 'API_KEY_INVALID'])
    const keys = (await call<{ id: string; lastUsedAt?: string; revokedAt?: string }[]>(app, 'GET', '/api/admin/api-keys', { cookie: admin })).body.data
    expect(keys[0]).toMatchObject({ lastUsedAt: '2026-11-30T03:00:00.000Z', revokedAt: '2026-11-30T03:00:00.000Z' })

    const got = await receiver.waitFor(2)
    expect(got.map((r) => r.json.event)).toEqual(['dossier.received', 'dossier.status'])
    expect(got[1]!.json.data).toMatchObject({ code, status: 'in-progress' })
    for (const r of got) expect(r.body).not.toMatch(/Trần Thị Bình|0905/)
  })
})
