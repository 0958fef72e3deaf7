import { afterEach, describe, expect, it } from 'vitest'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import Type from 'typebox'
import { DurableJsonFile } from '../../server/src/store/durable-adapter.js'
import { CorruptFileError } from '../../server/src/store/durable-file.js'
import { LowdbStore } from '../../server/src/store/lowdb-store.js'
import { ClosedDayError } from '../../server/src/store/port.js'
import { newDay } from '../../server/src/domain/day.js'
import { tempDataDir } from '../support/server-process.js'
import { call, testApp } from '../support/test-app.js'
import type { IssuedTicket, PublicSnapshot, StatsResult } from '@luot/shared'
import { loginAs } from '../support/test-app.js'

const apps: FastifyInstance[] = []
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close()
})

describe('durable JSON file', () => {
  it('serialises concurrent writes: every write resolves, the last one wins, no temporary file is left', async () => {
    const dir = await tempDataDir()
    const file = new DurableJsonFile(join(dir, 'x.json'), Type.Object({ n: Type.Integer(), pad: Type.String() }))
    await Promise.all(Array.from({ length: 40 }, (_, n) => file.write({ n, pad: 'đ'.repeat(5000 + n) })))
    expect((await file.read())!.n).toBe(39)
    expect(await readdir(dir)).toEqual(['x.json'])
  })

  it('names a file that does not parse, and reads a missing one as null', async () => {
    const dir = await tempDataDir()
    await writeFile(join(dir, 'bad.json'), '{"tickets": [')
    await expect(new DurableJsonFile(join(dir, 'bad.json'), Type.Object({})).read()).rejects.toThrow(CorruptFileError)
    await expect(new DurableJsonFile(join(dir, 'bad.json'), Type.Object({})).read()).rejects.toThrow(join(dir, 'bad.json'))
    expect(await new DurableJsonFile(join(dir, 'none.json'), Type.Object({})).read()).toBeNull()
  })
})

describe('lowdb store', () => {
  it('never rewrites a closed day, in this process or the next', async () => {
    const dir = await tempDataDir()
    const store = await LowdbStore.open(dir)
    const day = { ...newDay('2026-11-20'), closed: true }
    await store.writeDay(day)
    await expect(store.writeDay({ ...day, closed: false })).rejects.toThrow(ClosedDayError)
    const again = await LowdbStore.open(dir)
    await expect(again.writeDay(newDay('2026-11-20'))).rejects.toThrow(ClosedDayError)
    expect(JSON.parse(await readFile(join(dir, 'days', '2026-11-20.json'), 'utf8')).closed).toBe(true)
  })

  it.each(['config.json', 'days/2026-11-23.json'])('refuses to start on a corrupt %s, naming it, and leaves it as it was', async (name) => {
    const dataDir = await tempDataDir()
    const { app } = await testApp({ dataDir, clock: () => new Date('2026-11-23T03:00:00Z') })
    await call(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
    await app.close()
    const path = join(dataDir, name)
    const torn = (await readFile(path, 'utf8')).slice(0, 50)
    await writeFile(path, torn)
    await expect(testApp({ dataDir, clock: () => new Date('2026-11-23T03:00:00Z') })).rejects.toThrow(path)
    expect(await readFile(path, 'utf8')).toBe(torn)
  })

  it('a failed write is refused with STORAGE_FAILED and leaves no trace; the next write succeeds', async () => {
    const dataDir = await tempDataDir()
    const clock = () => new Date('2026-11-23T03:00:00Z')
    const { app } = await testApp({ dataDir, clock })
    apps.push(app)
    // a non-empty directory where the day file goes: the rename over it fails
    await mkdir(join(dataDir, 'days', '2026-11-23.json', 'blocker'), { recursive: true })
    const failed = await call(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
    expect(failed.status).toBe(503)
    expect(failed.body.error.code).toBe('STORAGE_FAILED')
    expect((await call<PublicSnapshot>(app, 'GET', '/api/snapshot')).body.data.services.find((s) => s.id === 'dat-dai')).toMatchObject({ waiting: 0, issuedToday: 0 })
    await rm(join(dataDir, 'days', '2026-11-23.json'), { recursive: true })
    expect(await readdir(join(dataDir, 'days'))).toEqual([])
    const ok = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
    expect(ok.body.data.number).toBe('5001')
  })
})

describe('day roll-over', () => {
  it('numbering restarts at local midnight; the old day is closed, aggregated and still reported', async () => {
    let now = new Date('2026-11-23T16:50:00Z') // 23:50 in Hồ Chí Minh City
    const dataDir = await tempDataDir()
    const { app } = await testApp({ dataDir, clock: () => now })
    apps.push(app)
    const take = async () => (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })).body.data.number
    expect([await take(), await take()]).toEqual(['5001', '5002'])
    now = new Date('2026-11-23T17:05:00Z') // 00:05 on the 24th, local
    expect(await take()).toBe('5001')
    const closed = JSON.parse(await readFile(join(dataDir, 'days', '2026-11-23.json'), 'utf8'))
    expect(closed.closed).toBe(true)
    expect(closed.tickets.map((t: { status: string; cancelReason: string }) => [t.status, t.cancelReason])).toEqual([
      ['cancelled', 'day-ended'],
      ['cancelled', 'day-ended'],
    ])
    const manager = await loginAs(app, 'manager')
    const stats = (await call<StatsResult>(app, 'GET', '/api/stats?from=2026-11-23&to=2026-11-24&groupBy=day', { cookie: manager })).body.data
    expect(stats.rows.map((r) => [r.key, r.issued, r.cancelled])).toEqual([
      ['2026-11-23', 2, 2],
      ['2026-11-24', 1, 0],
    ])
  })

  it('a server started after midnight closes the day it left open', async () => {
    const dataDir = await tempDataDir()
    const first = await testApp({ dataDir, clock: () => new Date('2026-11-23T09:00:00Z') })
    await call(first.app, 'POST', '/api/tickets', { body: { serviceId: 'van-phong' } })
    await first.app.close()
    const second = await testApp({ dataDir, clock: () => new Date('2026-11-24T01:00:00Z') })
    apps.push(second.app)
    expect(JSON.parse(await readFile(join(dataDir, 'days', '2026-11-23.json'), 'utf8')).closed).toBe(true)
    expect(await readdir(join(dataDir, 'aggregates'))).toEqual(['2026-11-23.json'])
    const t = await call<IssuedTicket>(second.app, 'POST', '/api/tickets', { body: { serviceId: 'van-phong' } })
    expect(t.body.data.number).toBe('1001')
  })
})
