import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { CollectResult } from '@luot/shared'
import { call, loginAs } from '../../support/test-app.js'
import { appWithKioskPrinter } from '../../support/kiosk-printer.js'
import { receiveDossier, servedTicket } from '../../support/dossier-visit.js'
import type { FakePrinter } from '../printing/fake-printer.js'
import { parseEscPos } from '../printing/escpos-parse.js'
import { decodeTcvn3Lines } from '../printing/tcvn3-decode.js'

const now = new Date('2026-11-30T09:00:00+07:00')
let app: FastifyInstance
let fake: FakePrinter
let close: () => Promise<void>

beforeAll(async () => {
  ;({ app, fake, close } = await appWithKioskPrinter(() => now))
})
afterAll(() => close())

describe('"Nhận kết quả" at a kiosk with a printer', () => {
  it('prints the return ticket like a kiosk ticket, without the applicant; scanning again prints nothing new', async () => {
    const clerk = await loginAs(app, 'clerk1')
    const ticket = await servedTicket(app, clerk, 'c1', 'chung-thuc')
    const d = (await receiveDossier(app, clerk, { ticketId: ticket.id, procedureId: 'chung-thuc-ban-sao', applicantName: 'Đỗ Văn Khoa' })).body.data
    await call(app, 'POST', `/api/dossiers/${d.code}/status`, { cookie: clerk, body: { status: 'result-ready' } })
    const job = fake.nextJob()
    const res = await call<CollectResult>(app, 'POST', '/api/kiosk/collect', { body: { code: d.code, kioskId: 'k1', lang: 'vi' } })
    if (!res.body.data.ready) throw new Error('not ready')
    expect(res.body.data.ticket.print).toBe('printed')
    const text = decodeTcvn3Lines(parseEscPos(await job)).join('\n')
    expect(text).toContain(res.body.data.ticket.number)
    expect(text).toContain('Trả kết quả')
    expect(text).not.toContain('Đỗ Văn Khoa')
    const again = await call<CollectResult>(app, 'POST', '/api/kiosk/collect', { body: { code: d.code, kioskId: 'k1', lang: 'vi' } })
    expect(again.body.data.ready && again.body.data.ticket.id).toBe(res.body.data.ticket.id)
    expect(again.body.data.ready && again.body.data.ticket.print).toBeUndefined()
  })
})
