import { afterAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { LuotHandle } from '../../../server/src/app.js'
import { loginAs } from '../../support/test-app.js'
import { closeAll, connected, listeningApp, nextEvent, socketClient, type TestClient } from '../../support/socket-client.js'
import { receiveDossier, servedTicket } from '../../support/dossier-visit.js'
import { tempDataDir } from '../../support/server-process.js'

let now = new Date('2026-11-30T09:00:00.000+07:00')
const at = (date: string, hhmm: string) => (now = new Date(`${date}T${hhmm}:00.000+07:00`))
let app: FastifyInstance | undefined
const clients: TestClient[] = []
afterAll(() => closeAll(app, clients))

async function start(dataDir: string): Promise<{ handle: LuotHandle; url: string }> {
  let handle: LuotHandle | undefined
  const r = await listeningApp({ clock: () => now, dataDir, expose: (h) => (handle = h) })
  app = r.app
  return { handle: handle!, url: r.url }
}

describe('dossier alerts on the manager dashboard', () => {
  it('alerts once when a dossier is due within a working day, once when it is overdue, and not again after a restart', async () => {
    const dataDir = await tempDataDir()
    let { handle, url } = await start(dataDir)
    const manager = socketClient(url, { cookie: await loginAs(app!, 'manager') })
    clients.push(manager)
    await connected(manager)
    expect(await handle.checkDossierAlerts()).toEqual([])
    const clerk = await loginAs(app!, 'clerk1')
    const ticket = await servedTicket(app!, clerk, 'c1', 'tu-phap-ho-tich')
    // received Monday 09:00, one working day: due Tuesday morning
    const d = (await receiveDossier(app!, clerk, { ticketId: ticket.id, procedureId: 'dang-ky-khai-sinh' })).body.data
    const pushed = nextEvent(manager, 'alert')
    const soon = await handle.checkDossierAlerts()
    expect(soon).toEqual([{ kind: 'dossier', at: now.toISOString(), message: expect.stringMatching(/^Hồ sơ .* \(Đăng ký khai sinh\) sắp đến hạn trả kết quả: sáng 01\/12\/2026\.$/), messageEn: expect.stringContaining('is due soon: 01/12/2026, morning') }])
    expect(await pushed).toEqual(soon[0])
    expect(await handle.checkDossierAlerts()).toEqual([])
    at('2026-12-01', '11:29')
    expect(await handle.checkDossierAlerts()).toEqual([])
    at('2026-12-01', '11:31')
    const late = await handle.checkDossierAlerts()
    expect(late.map((a) => a.message)).toEqual([expect.stringContaining('đã quá hạn trả kết quả (hạn sáng 01/12/2026)')])
    expect(await handle.checkDossierAlerts()).toEqual([])
    expect((await handle.dossiers.get(d.code)).alerted).toEqual({ dueSoon: '2026-11-30T02:00:00.000Z', overdue: '2026-12-01T04:31:00.000Z' })
    await app!.close()
    ;({ handle, url } = await start(dataDir))
    expect(await handle.checkDossierAlerts()).toEqual([])
  })
})
