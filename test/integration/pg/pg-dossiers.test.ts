import { describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { Alert, Procedure, StaffDossier } from '@luot/shared'
import type { LuotHandle } from '../../../server/src/app.js'
import { call, loginAs, testApp } from '../../support/test-app.js'
import { skipPostgres } from '../../support/postgres.js'
import { usePgApps } from '../../support/pg-stores.js'
import { receiveDossier, servedTicket } from '../../support/dossier-visit.js'

const now = new Date('2026-11-30T09:00:00.000+07:00')
const { apps, database } = usePgApps()

async function startProcess(databaseUrl: string): Promise<{ app: FastifyInstance; handle: LuotHandle }> {
  let handle: LuotHandle | undefined
  const { app } = await testApp({ databaseUrl, clock: () => now, expose: (h) => (handle = h) })
  apps.push(app)
  return { app, handle: handle! }
}

describe.skipIf(skipPostgres())('dossiers on PostgreSQL, two processes', () => {
  it('share the catalogue and the dossiers; a retried key on the other process returns the same dossier; each alert goes out once', { timeout: 120_000 }, async () => {
    const databaseUrl = await database()
    const a = await startProcess(databaseUrl)
    const b = await startProcess(databaseUrl)
    const [clerkA, clerkB] = [await loginAs(a.app, 'clerk1'), await loginAs(b.app, 'clerk1')]
    const catalogue = (await call<Procedure[]>(b.app, 'GET', '/api/procedures', { cookie: clerkB })).body.data
    expect(catalogue.map((p) => p.id)).toContain('dang-ky-khai-sinh')
    const ticket = await servedTicket(a.app, clerkA, 'c1', 'tu-phap-ho-tich')
    const body = { ticketId: ticket.id, procedureId: 'dang-ky-khai-sinh', applicantName: 'Võ Thị Hạnh' }
    const made = await receiveDossier(a.app, clerkA, body, 'pg-dossier-key-1')
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const retried = await receiveDossier(b.app, clerkB, body, 'pg-dossier-key-1')
    expect(retried.body.data.code).toBe(made.body.data.code)
    const moved = await call<StaffDossier>(b.app, 'POST', `/api/dossiers/${made.body.data.code}/status`, { cookie: clerkB, body: { status: 'in-progress' } })
    expect(moved.body.data.status).toBe('in-progress')
    expect((await call<StaffDossier>(a.app, 'GET', `/api/dossiers/${made.body.data.code}`, { cookie: clerkA })).body.data).toMatchObject({ status: 'in-progress', applicantName: 'Võ Thị Hạnh' })
    const sent: Alert[][] = await Promise.all([a.handle.checkDossierAlerts(), b.handle.checkDossierAlerts()])
    expect(sent.flat()).toHaveLength(1)
    expect(sent.flat()[0]!.message).toContain('sắp đến hạn')
  })
})
