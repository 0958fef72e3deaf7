import { afterEach, describe, expect, it } from 'vitest'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { IssuedTicket, PublicSnapshot, StatsResult } from '@luot/shared'
import { DurableJsonFile } from '../../server/src/store/durable-adapter.js'
import { CorruptFileError } from '../../server/src/store/durable-file.js'
import { JournalStore } from '../../server/src/store/journal-store.js'
import { closeDay } from '../../server/src/domain/day.js'
import { issueTicket } from '../../server/src/domain/issue.js'
import type { DayState } from '../../server/src/domain/types.js'
import { emptyDay, testConfig, testCtx } from '../support/domain-fixtures.js'
import { tempDataDir } from '../support/server-process.js'
import { call, loginAs, testApp } from '../support/test-app.js'

const apps: FastifyInstance[] = []
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close()
})

const lines = async (file: string) => (await readFile(file, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string })

describe('durable JSON file', () => {
  it('serialises concurrent writes: every write resolves, the last one wins, no temporary file is left', async () => {
    const dir = await tempDataDir()
    const file = new DurableJsonFile<{ n: number; pad: string }>(join(dir, 'x.json'))
    await Promise.all(Array.from({ length: 40 }, (_, n) => file.write({ n, pad: 'đ'.repeat(5000 + n) })))
    expect((await file.read())!.n).toBe(39)
    expect(await readdir(dir)).toEqual(['x.json'])
  })

  it('names a file that does not parse, and reads a missing one as null', async () => {
    const dir = await tempDataDir()
    await writeFile(join(dir, 'bad.json'), '{"tickets": [')
    await expect(new DurableJsonFile(join(dir, 'bad.json')).read()).rejects.toThrow(CorruptFileError)
    await expect(new DurableJsonFile(join(dir, 'bad.json')).read()).rejects.toThrow(join(dir, 'bad.json'))
    expect(await new DurableJsonFile(join(dir, 'none.json')).read()).toBeNull()
  })
})

const clock = () => new Date('2026-11-23T03:00:00Z')

describe('embedded journal store', () => {
  it('refuses to start on a corrupt config.json, naming it, and leaves it as it was', async () => {
    const dataDir = await tempDataDir()
    const { app } = await testApp({ dataDir, clock })
    await app.close()
    const path = join(dataDir, 'config.json')
    const torn = (await readFile(path, 'utf8')).slice(0, 50)
    await writeFile(path, torn)
    await expect(testApp({ dataDir, clock })).rejects.toThrow(path)
    expect(await readFile(path, 'utf8')).toBe(torn)
  })

  it('refuses to start on a bad journal line that is not the last, naming file and line, and leaves it as it was', async () => {
    const dataDir = await tempDataDir()
    const { app } = await testApp({ dataDir, clock })
    for (let i = 0; i < 3; i++) await call(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
    await app.close()
    const path = join(dataDir, 'days', '2026-11-23.jsonl')
    const text = (await readFile(path, 'utf8')).split('\n')
    text[1] = text[1]!.slice(0, 40)
    await writeFile(path, text.join('\n'))
    await expect(testApp({ dataDir, clock })).rejects.toThrow(`${path}, line 2: not JSON`)
    expect((await readFile(path, 'utf8')).split('\n')).toEqual(text)
  })

  it('cuts a torn last line at start, logs the cut with the file, and appends after the last whole record', async () => {
    const dataDir = await tempDataDir()
    const { app } = await testApp({ dataDir, clock })
    await call(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
    await app.close()
    const path = join(dataDir, 'days', '2026-11-23.jsonl')
    const whole = await readFile(path, 'utf8')
    await writeFile(path, `${whole}{"v":1,"type":"ticket-iss`)
    const logged: string[] = []
    const store = await JournalStore.open(dataDir, { log: (m) => logged.push(m) })
    expect(await store.readRecords('2026-11-23')).toHaveLength(1)
    expect(logged).toEqual([expect.stringContaining(`${path}: cut a torn last line (25 bytes after line 1)`)])
    expect(await readFile(path, 'utf8')).toBe(whole)
    await store.close()
  })

  it('a journal that cannot be written refuses with STORAGE_FAILED and leaves no trace; the next write succeeds', async () => {
    const dataDir = await tempDataDir()
    const { app } = await testApp({ dataDir, clock })
    apps.push(app)
    // a directory where the day's journal goes: opening it for appending fails
    await mkdir(join(dataDir, 'days', '2026-11-23.jsonl', 'blocker'), { recursive: true })
    const failed = await call(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
    expect(failed.status).toBe(503)
    expect(failed.body.error.code).toBe('STORAGE_FAILED')
    expect((await call<PublicSnapshot>(app, 'GET', '/api/snapshot')).body.data.services.find((s) => s.id === 'dat-dai')).toMatchObject({ waiting: 0, issuedToday: 0 })
    await rm(join(dataDir, 'days', '2026-11-23.jsonl'), { recursive: true })
    const ok = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
    expect(ok.body.data.number).toBe('5001')
    expect((await lines(join(dataDir, 'days', '2026-11-23.jsonl'))).map((r) => r.type)).toEqual(['ticket-issued'])
  })
})

/** A day file as release 0.1 wrote it: the whole day, with the idempotency keys in one map. */
function legacyDay(date: string, closed: boolean) {
  const config = testConfig()
  const ctx = testCtx(`${date}T01:00:00.000Z`)
  let day: DayState = emptyDay(date)
  day = issueTicket(day, config, { serviceId: 'dat-dai', channel: 'kiosk', idempotencyKey: 'kiosk-tap-0001' }, ctx).state
  day = issueTicket(day, config, { serviceId: 'dat-dai', channel: 'kiosk' }, ctx).state
  if (closed) day = closeDay(day, config, ctx).state
  return { ...day, version: 1, idempotency: { 'kiosk-tap-0001': day.tickets[0]!.id }, tickets: day.tickets.map(({ idempotencyKey: _moved, ...t }) => t) }
}

describe('release 0.1 day files', () => {
  it('are migrated to journals once at the first start; numbering, retries and closed days carry on', async () => {
    const dataDir = await tempDataDir()
    const first = await testApp({ dataDir, clock: () => new Date('2026-11-20T03:00:00Z') })
    await first.app.close()
    await writeFile(join(dataDir, 'days', '2026-11-22.json'), JSON.stringify(legacyDay('2026-11-22', true)))
    await writeFile(join(dataDir, 'days', '2026-11-23.json'), JSON.stringify(legacyDay('2026-11-23', false)))
    const { app } = await testApp({ dataDir, clock })
    apps.push(app)
    expect((await readdir(join(dataDir, 'days'))).sort()).toEqual(['2026-11-22.jsonl', '2026-11-23.jsonl'])
    expect((await lines(join(dataDir, 'days', '2026-11-22.jsonl'))).map((r) => r.type)).toEqual(['day-migrated'])
    expect(JSON.parse(await readFile(join(dataDir, 'snapshots', '2026-11-22.json'), 'utf8')).closed).toBe(true)
    const retried = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' }, headers: { 'idempotency-key': 'kiosk-tap-0001' } })
    expect(retried.body.data.number).toBe('5001')
    expect((await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })).body.data.number).toBe('5003')
    expect((await lines(join(dataDir, 'days', '2026-11-23.jsonl'))).map((r) => r.type)).toEqual(['day-migrated', 'ticket-issued'])
  })

  it('a migration cut short after the journal was written only removes the old file', async () => {
    const dataDir = await tempDataDir()
    const first = await testApp({ dataDir, clock })
    await call(first.app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
    await first.app.close()
    const journal = await readFile(join(dataDir, 'days', '2026-11-23.jsonl'), 'utf8')
    await writeFile(join(dataDir, 'days', '2026-11-23.json'), JSON.stringify(legacyDay('2026-11-23', false)))
    const { app } = await testApp({ dataDir, clock })
    apps.push(app)
    expect(await readdir(join(dataDir, 'days'))).toEqual(['2026-11-23.jsonl'])
    expect(await readFile(join(dataDir, 'days', '2026-11-23.jsonl'), 'utf8')).toBe(journal)
  })

  it('a day file that is not one stops the start, naming it', async () => {
    const dataDir = await tempDataDir()
    await mkdir(join(dataDir, 'days'), { recursive: true })
    const path = join(dataDir, 'days', '2026-11-23.json')
    await writeFile(path, JSON.stringify({ ...legacyDay('2026-11-23', false), tickets: 'none' }))
    await expect(testApp({ dataDir, clock })).rejects.toThrow(`${path}: not a day file of release 0.1 (/tickets`)
    expect(await readdir(join(dataDir, 'days'))).toEqual(['2026-11-23.json'])
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
    expect((await lines(join(dataDir, 'days', '2026-11-23.jsonl'))).map((r) => r.type)).toEqual(['ticket-issued', 'ticket-issued', 'day-closed'])
    const closed = JSON.parse(await readFile(join(dataDir, 'snapshots', '2026-11-23.json'), 'utf8'))
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
    expect((await lines(join(dataDir, 'days', '2026-11-23.jsonl'))).at(-1)!.type).toBe('day-closed')
    expect(await readdir(join(dataDir, 'aggregates'))).toEqual(['2026-11-23.json'])
    const t = await call<IssuedTicket>(second.app, 'POST', '/api/tickets', { body: { serviceId: 'van-phong' } })
    expect(t.body.data.number).toBe('1001')
  })
})
