import type { FastifyInstance } from 'fastify'
import { io as connect, type Socket } from 'socket.io-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listeningApp } from '../../support/socket-client.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../../support/postgres.js'

// Tuesday 1 December 2026, 09:00 in Hồ Chí Minh City: inside the morning session.
let now = new Date('2026-12-01T02:00:00Z')
const health = { silenceMs: 120_000, everyMs: 3_600_000 }

describe.skipIf(skipPostgres())('the health page with two processes on one PostgreSQL', () => {
  let pg: TestPostgres
  let a: { app: FastifyInstance; url: string }
  let b: { app: FastifyInstance; url: string }
  const sockets: Socket[] = []
  const screen = async (url: string, auth: Record<string, unknown>): Promise<Socket> => {
    const s = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false, auth })
    sockets.push(s)
    await new Promise((r) => s.once('connect', () => r(null)))
    return s
  }

  beforeAll(async () => {
    pg = await testPostgres()
    const databaseUrl = await pg.newDatabase()
    a = await listeningApp({ databaseUrl, clock: () => now, health })
    b = await listeningApp({ databaseUrl, clock: () => now, health })
  })
  afterAll(async () => {
    for (const s of sockets) s.close()
    await a?.app.close()
    await b?.app.close()
    await pg?.close()
  })

  it('says each process lists its own screens, has no disk figure, and alerts only for a screen no process sees', async () => {
    const kiosk = { kind: 'kiosk', id: 'k1', device: 'a1b2c3d4e5f60718' }
    const board = { kind: 'board', device: 'b1b2c3d4e5f60718' }
    const onA = [await screen(a.url, kiosk), await screen(a.url, board)]
    const report = await a.app.luot.health.report()
    expect(report).toMatchObject({ screensScope: 'this-process', disk: null, backup: { enabled: false } })
    expect(report.screens.map((s) => s.kind).sort()).toEqual(['board', 'kiosk'])
    expect((await b.app.luot.health.report()).screens).toEqual([])

    // the kiosk's link drops and it comes back through the other process; the board stays off
    for (const s of onA) s.close()
    await expect.poll(async () => (await a.app.luot.health.report()).screens.filter((s) => s.online)).toEqual([])
    await screen(b.url, kiosk)
    now = new Date(now.getTime() + 121_000)
    const sent = (await a.app.luot.health.check()).filter((x) => x.kind === 'screen')
    expect(sent.map((x) => x.messageEn)).toEqual(['Hall board (b1b2c3) (127.0.0.1) has been silent for 2 min during opening hours.'])
  })
})
