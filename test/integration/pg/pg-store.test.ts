import { describe, expect, it } from 'vitest'
import pg from 'pg'
import type { DayRecord, DayState } from '@luot/shared'
import { PgStore } from '../../../server/src/store/pg/pg-store.js'
import { AppendConflictError, ClosedDayError, CorruptDataError } from '../../../server/src/store/port.js'
import type { DayAggregate } from '../../../server/src/domain/aggregate.js'
import { skipPostgres, testPostgres } from '../../support/postgres.js'
import { usePgStores } from '../../support/pg-stores.js'

const DAY = '2026-11-30'
const at = (s: number) => new Date(Date.UTC(2026, 10, 30, 1, 0, s)).toISOString()
const issued = (n: number, key?: string): DayRecord => ({
  v: 1,
  type: 'ticket-issued',
  at: at(n),
  ticketId: `t${n}`,
  number: String(1000 + n),
  seq: n,
  serviceId: 'tu-phap-ho-tich',
  channel: 'kiosk',
  priorityGroup: null,
  lang: 'vi',
  trackingCode: `track-code-${n}`,
  ...(key ? { idempotencyKey: key } : {}),
})
const closedRecord: DayRecord = { v: 1, type: 'day-closed', at: at(59), counterIds: ['c1'] }

describe.skipIf(skipPostgres())('PgStore against a real PostgreSQL', () => {
  const { open: openStore, url: dbUrl } = usePgStores()
  const open = (centre = 'phuong-1') => openStore(centre)

  it('migrates once, whichever of two processes starts first, and records the schema version', async () => {
    await Promise.all([open(), open()])
    const c = new pg.Client({ connectionString: dbUrl() })
    await c.connect()
    const { rows } = await c.query('SELECT version FROM luot_schema_version ORDER BY version')
    await c.end()
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('appends with the next seq; a second process appending the same seq gets a conflict and nothing of it is stored', async () => {
    const [a, b] = [await open(), await open()]
    await a.append(DAY, 1, [issued(1), issued(2)])
    await expect(b.append(DAY, 2, [issued(9)])).rejects.toBeInstanceOf(AppendConflictError)
    expect(await b.readRecords(DAY)).toEqual([issued(1), issued(2)])
    await b.append(DAY, 3, [issued(3)])
    expect((await a.readRecords(DAY, 3)).map((r) => r.type === 'ticket-issued' && r.number)).toEqual(['1003'])
    expect(await a.latestDay()).toBe(DAY)
  })

  it('keeps each centre apart', async () => {
    const other = await open('xa-2')
    expect(await other.latestDay()).toBeNull()
    expect(await other.readRecords(DAY)).toEqual([])
    await other.append(DAY, 1, [issued(1)])
    expect(await other.readRecords(DAY)).toHaveLength(1)
  })

  it('one Idempotency-Key issues one ticket a day: a second ticket under it is a conflict', async () => {
    const s = await open('xa-3')
    await s.append(DAY, 1, [issued(1, 'kiosk-key-0001')])
    await expect(s.append(DAY, 2, [issued(2, 'kiosk-key-0001')])).rejects.toBeInstanceOf(AppendConflictError)
    expect(await s.readRecords(DAY)).toHaveLength(1)
  })

  it('tells the other processes about an append, after COMMIT', async () => {
    const [a, b] = [await open('xa-4'), await open('xa-4')]
    const heard: [string, number][] = []
    const stop = await b.watch((d, seq) => heard.push([d, seq]))
    await a.append(DAY, 1, [issued(1), issued(2)])
    await expect.poll(() => heard, { timeout: 10_000 }).toEqual([[DAY, 2]])
    stop()
  })

  it('refuses to append to a closed day, and stores the closed day once', async () => {
    const s = await open('xa-5')
    await s.append(DAY, 1, [issued(1), closedRecord])
    await expect(s.append(DAY, 3, [issued(3)])).rejects.toBeInstanceOf(ClosedDayError)
    const state = { version: 2, date: DAY, closed: true, closedAt: at(59), seq: { 'tu-phap-ho-tich': 1 }, tickets: [], counters: {}, audit: [], recentCalls: [] } as DayState
    const agg = { date: DAY, total: { issued: 1 }, by: { service: {}, counter: {}, clerk: {}, hour: {} }, audit: [] } as unknown as DayAggregate
    await s.writeClosedDay(state, agg)
    await s.writeClosedDay({ ...state, tickets: [] }, agg)
    expect(await s.readClosedDay(DAY)).toEqual(state)
    expect(await s.readClosedDay('2026-11-29')).toBeNull()
    expect(await s.readAggregates('2026-01-01', '2026-12-31')).toEqual([agg])
  })

  it('keeps late ratings in order, once per ticket across processes, and amends the closed day\'s aggregate', async () => {
    const [a, b] = [await open('xa-8'), await open('xa-8')]
    const rated = { v: 1 as const, type: 'ticket-rated' as const, at: at(10), ticketId: 't1', value: 2, source: 'phone' as const }
    await a.appendLateRecord(DAY, rated)
    await expect(b.appendLateRecord(DAY, { ...rated, value: 5 })).rejects.toMatchObject({ code: 'ALREADY_RATED' })
    await b.appendLateRecord(DAY, { v: 1, type: 'rating-amended', at: at(20), ticketId: 't1', reasonId: 'cho-lau' })
    expect((await a.readLateRecords(DAY)).map((r) => r.type)).toEqual(['ticket-rated', 'rating-amended'])
    expect(await a.readLateRecords('2026-11-29')).toEqual([])
    const agg = { date: DAY, total: { issued: 1 }, by: { service: {}, counter: {}, clerk: {}, hour: {} }, audit: [], lateApplied: 2 } as unknown as DayAggregate
    await a.writeAggregate(agg)
    await b.writeAggregate({ ...agg, lateApplied: 3 })
    expect((await a.readAggregates(DAY, DAY)).map((x) => x.lateApplied)).toEqual([3])
  })

  it('a row that is not a record stops the reader, naming the table, day and seq', async () => {
    const s = await open('xa-6')
    await s.append(DAY, 1, [issued(1)])
    const c = new pg.Client({ connectionString: dbUrl() })
    await c.connect()
    await c.query(`INSERT INTO luot_records (centre, day, seq, type, body) VALUES ('xa-6', $1, 2, 'ticket-issued', '{"v":1,"type":"ticket-issued"}')`, [DAY])
    await c.end()
    const err = await s.readRecords(DAY).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CorruptDataError)
    expect((err as CorruptDataError).message).toMatch(/luot_records \(centre xa-6, day 2026-11-30\), line 2: not a journal record/)
  })

  it('a write while PostgreSQL is down fails, and succeeds once it is back', async () => {
    const own = await testPostgres({ own: true })
    try {
      const s = await PgStore.open(await own.newDatabase(), { centre: 'xa-7' })
      await s.append(DAY, 1, [issued(1)])
      await own.stop()
      await expect(s.append(DAY, 2, [issued(2)])).rejects.toThrow()
      await own.start()
      await s.append(DAY, 2, [issued(2)])
      expect(await s.readRecords(DAY)).toEqual([issued(1), issued(2)])
      await s.close()
    } finally {
      await own.close()
    }
  })
})
