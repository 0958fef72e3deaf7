import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { DossiersChanged } from '@luot/shared'
import { call, loginAs } from '../../support/test-app.js'
import { closeAll, listeningApp, nextEvent, staffAndBoard, type TestClient } from '../../support/socket-client.js'
import { receiveDossier, servedTicket } from '../../support/dossier-visit.js'
import type { LuotHandle } from '../../../server/src/app.js'

const now = new Date('2026-11-30T09:00:00.000+07:00')
let app: FastifyInstance
let url = ''
let handle: LuotHandle | undefined
const clients: TestClient[] = []

beforeAll(async () => {
  ;({ app, url } = await listeningApp({ clock: () => now, publicRateLimit: 4, expose: (h) => (handle = h) }))
})
afterAll(() => closeAll(app, clients))

describe('dossiers:changed and the public routes', () => {
  it('reaches staff with the applicant and service listeners, never a public screen', async () => {
    const cookie = await loginAs(app, 'clerk1')
    const { clerk, board } = await staffAndBoard(url, cookie, clients)
    const heardByBoard: unknown[] = []
    board.on('dossiers:changed', (c) => heardByBoard.push(c))
    const heardInProcess: DossiersChanged[] = []
    handle!.dossiers.subscribe((c) => heardInProcess.push(c))
    const ticket = await servedTicket(app, cookie, 'c1', 'chung-thuc')
    const received = nextEvent(clerk, 'dossiers:changed')
    const d = (await receiveDossier(app, cookie, { ticketId: ticket.id, procedureId: 'chung-thuc-ban-sao', applicantName: 'Phan Thị Dung' })).body.data
    expect(await received).toMatchObject({ kind: 'received', dossier: { code: d.code, applicantName: 'Phan Thị Dung', status: 'received' } })
    const moved = nextEvent(clerk, 'dossiers:changed')
    await call(app, 'POST', `/api/dossiers/${d.code}/status`, { cookie, body: { status: 'result-ready' } })
    expect(await moved).toMatchObject({ kind: 'status', dossier: { code: d.code, status: 'result-ready' } })
    expect(heardInProcess.map((c) => c.kind)).toEqual(['received', 'status'])
    expect(heardByBoard).toEqual([])
  })

  it('limits the public routes per address (429 RATE_LIMITED)', async () => {
    const codes: number[] = []
    for (let i = 0; i < 5; i++) codes.push((await fetch(`${url}/api/track/dossier/ZZZZZZZZZZZZZZZ`)).status)
    expect(codes).toEqual([404, 404, 404, 404, 429])
    const collect = await fetch(`${url}/api/kiosk/collect`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'ZZZZZZZZZZZZZZZ', lang: 'vi' }) })
    expect(collect.status).toBe(404)
  })
})
