import { readFile, writeFile, appendFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { IssuedTicket, StatsResult, TrackedTicket } from '@luot/shared'
import { call, loginAs, testApp } from '../support/test-app.js'

const DAY = '2026-11-23'
const START = new Date(`${DAY}T16:50:00.000Z`) // 23:50 in Hồ Chí Minh City
let now = START
const advance = (seconds: number) => (now = new Date(now.getTime() + seconds * 1000))
const apps: FastifyInstance[] = []
afterEach(async () => {
  now = START
  for (const a of apps.splice(0)) await a.close()
})

async function open(dataDir?: string) {
  const built = await testApp({ clock: () => now, ...(dataDir ? { dataDir } : {}) })
  apps.push(built.app)
  return built
}

/** Serves `n` tickets at counter 1 just before midnight; returns their tracking codes. */
async function serveBeforeMidnight(app: FastifyInstance, n: number): Promise<string[]> {
  const clerk = await loginAs(app, 'clerk1')
  const codes: string[] = []
  for (let i = 0; i < n; i++) codes.push((await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'tu-phap-ho-tich' } })).body.data.trackingCode)
  const opened = await call(app, 'POST', '/api/counters/c1/open', { cookie: clerk, body: {} })
  expect(opened.status, JSON.stringify(opened.body)).toBe(200)
  for (let i = 0; i < n; i++) {
    await call(app, 'POST', '/api/counters/c1/call-next', { cookie: clerk, body: {} })
    await call(app, 'POST', '/api/counters/c1/start', { cookie: clerk, body: {} })
    advance(60)
    const done = await call(app, 'POST', '/api/counters/c1/finish', { cookie: clerk, body: { outcome: 'tiep-nhan' } })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
  }
  return codes
}

const ratingsOf = async (app: FastifyInstance): Promise<StatsResult['total']> => {
  const manager = await loginAs(app, 'manager')
  return (await call<StatsResult>(app, 'GET', `/api/stats?from=${DAY}&to=${DAY}`, { cookie: manager })).body.data.total
}

describe('ratings after midnight', () => {
  it('count against the visit day, once, with the reason amending them, across a restart', async () => {
    const { app, dataDir } = await open()
    const [a, b, c] = await serveBeforeMidnight(app, 3)
    advance(20 * 60) // 00:0x next day: the first command rolls the day over
    await call(app, 'POST', '/api/tickets', { body: { serviceId: 'van-hoa' } })

    const tracked = await call<TrackedTicket>(app, 'GET', `/api/tickets/${a}`)
    expect(tracked.body.data).toMatchObject({ status: 'done', rateable: true, rated: false })
    expect((await call(app, 'POST', `/api/tickets/${a}/rating`, { body: { value: 1 } })).status).toBe(200)
    expect((await call(app, 'POST', `/api/tickets/${a}/rating`, { body: { value: 1 } })).body.error.code).toBe('ALREADY_RATED')
    expect((await ratingsOf(app)).ratings).toEqual({ '1': 1 })

    await app.close()
    apps.length = 0
    advance(8 * 3600) // next morning
    const again = (await open(dataDir)).app
    expect((await call(again, 'POST', `/api/tickets/${a}/rating`, { body: { value: 1, reasonId: 'cho-lau', comment: 'Chờ gần một tiếng' } })).status).toBe(200)
    expect((await call(again, 'POST', `/api/tickets/${a}/rating`, { body: { value: 1, comment: 'lần hai' } })).body.error.code).toBe('ALREADY_RATED')
    expect((await call(again, 'POST', `/api/tickets/${b}/rating`, { body: { value: 5 } })).status).toBe(200)
    const total = await ratingsOf(again)
    expect(total.ratings).toEqual({ '1': 1, '5': 1 })
    expect(total.lowReasons).toEqual({ 'cho-lau': 1 })
    expect((await call(again, 'GET', `/api/tickets/${b}`)).body.data).toMatchObject({ rated: true, rateable: false })

    now = new Date('2026-11-24T16:55:00.000Z') // 23:55 the next day: just over 24 h after the visit
    expect((await call(again, 'GET', `/api/tickets/${c}`)).body.data).toMatchObject({ status: 'done', rateable: false })
    expect((await call(again, 'POST', `/api/tickets/${c}/rating`, { body: { value: 4 } })).body.error.code).toBe('RATING_NOT_ALLOWED')
    now = new Date('2026-11-25T03:00:00.000Z') // two days on: the visit day is out of reach
    expect((await call(again, 'GET', `/api/tickets/${c}`)).body.error.code).toBe('TICKET_NOT_FOUND')
    // the closed day itself is never rewritten: its journal and snapshot hold no rating; the late file holds them
    expect(await readFile(join(dataDir, 'days', `${DAY}.jsonl`), 'utf8')).not.toContain('"ticket-rated"')
    expect(JSON.parse(await readFile(join(dataDir, 'snapshots', `${DAY}.json`), 'utf8')).tickets.filter((t: { rating?: unknown }) => t.rating)).toEqual([])
    const late = (await readFile(join(dataDir, 'late', `${DAY}.jsonl`), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l).type)
    expect(late).toEqual(['ticket-rated', 'rating-amended', 'ticket-rated'])
  })

  it('a crash after the late line but before the aggregate is repaired at start', async () => {
    const { app, dataDir } = await open()
    const [a] = await serveBeforeMidnight(app, 1)
    advance(30 * 60)
    await app.close()
    apps.length = 0
    const aggFile = join(dataDir, 'aggregates', `${DAY}.json`)
    // a restart after midnight closes the day and writes its aggregate
    const restarted = (await open(dataDir)).app
    const before = await readFile(aggFile, 'utf8')
    expect((await call(restarted, 'POST', `/api/tickets/${a}/rating`, { body: { value: 2 } })).status).toBe(200)
    await restarted.close()
    apps.length = 0
    // as if the process died between the fsync-ed late line and the aggregate rewrite
    await writeFile(aggFile, before)
    await appendFile(join(dataDir, 'late', `${DAY}.jsonl`), '{"type":"rating","tick') // a torn, unacknowledged line
    const healed = (await open(dataDir)).app
    expect((await ratingsOf(healed)).ratings).toEqual({ '2': 1 })
    expect(JSON.parse(await readFile(aggFile, 'utf8')).lateApplied).toBe(1)
  })
})
