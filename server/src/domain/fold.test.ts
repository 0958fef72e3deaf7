import { describe, expect, it } from 'vitest'
import { LuotError, type DayRecord } from '@luot/shared'
import { randomCommand, seeded } from '../../../test/support/random-commands.js'
import { emptyDay, testConfig, testCtx } from '../../../test/support/domain-fixtures.js'
import { checkRecord } from '../store/record-check.js'
import { runCounterCommand } from './counter-command.js'
import { closeDay } from './day.js'
import { summaryOf } from './day-summary.js'
import { applyRecords, RecordError } from './fold.js'
import { issueTicket } from './issue.js'
import { rateTicket } from './rating.js'
import type { DayState, DomainEvent, Result } from './types.js'

/** Runs a random day through the domain as the service does, one command at a time. */
function liveDay(seed: number, commands: number) {
  const config = testConfig()
  const ctx = testCtx()
  const rand = seeded(seed)
  let day: DayState = emptyDay()
  summaryOf(day) // from here on each fold carries the summary forward instead of scanning
  const records: DayRecord[] = []
  const events: DomainEvent[] = []
  let refused = 0
  for (let i = 0; i < commands; i++) {
    const c = randomCommand(rand, day, config)
    let r: Result<unknown>
    try {
      r = c.kind === 'take' ? issueTicket(day, config, c.input, ctx) : c.kind === 'rate' ? rateTicket(day, config, c.key, c.body, ctx) : runCounterCommand(day, config, c.counterId, c.actor, c.cmd, ctx)
    } catch (err) {
      if (!(err instanceof LuotError)) throw err
      refused++
      continue
    }
    day = r.state
    records.push(...r.records)
    events.push(...r.events)
    ctx.advance(1 + Math.floor(rand() * 90))
  }
  const closed = closeDay(day, config, ctx)
  return { day: closed.state, records: [...records, ...closed.records], events: [...events, ...closed.events], refused }
}

describe('the day is the fold of its records', () => {
  it('replaying a long random day from its records, read back as JSON, equals the live state and events', () => {
    const live = liveDay(20261123, 3000)
    expect(live.day.tickets.length).toBeGreaterThan(500)
    expect(new Set(live.records.map((r) => r.type)).size).toBe(14) // every record type but day-migrated occurred
    expect(live.refused).toBeGreaterThan(0)
    const stored: unknown[] = JSON.parse(JSON.stringify(live.records))
    const records = stored.map((v) => {
      const c = checkRecord(v)
      if ('reason' in c) throw new Error(c.reason)
      return c.record
    })
    const replay = applyRecords(emptyDay(), records)
    expect(replay.state).toEqual(live.day)
    expect(replay.events).toEqual(live.events)
  })

  it('replays in pieces (what a process catching up does) to the same state', () => {
    const live = liveDay(7, 800)
    let day = emptyDay()
    for (let i = 0; i < live.records.length; i += 37) day = applyRecords(day, live.records.slice(i, i + 37)).state
    expect(day).toEqual(live.day)
  })

  it('carries the views\' day summary (waiting per service, latest finished) forward as a fresh scan would find it', () => {
    const live = liveDay(20261124, 2000)
    const carried = summaryOf(live.day)
    const scanned = summaryOf(structuredClone(live.day))
    expect(carried).not.toBe(scanned)
    expect(carried).toEqual(scanned)
    expect([...carried.recentDone.values()].some((l) => l.length === 20)).toBe(true)
    const halfway = applyRecords(emptyDay(), live.records.slice(0, 900)).state
    expect(summaryOf(applyRecords(halfway, live.records.slice(900)).state)).toEqual(carried)
  })

  it('carries the summary of an open day too: who waits, who was missed, what each clerk served', () => {
    const open = liveDay(20261125, 1500)
    const records = open.records.slice(0, -1) // before the day closed
    let day = emptyDay()
    summaryOf(day)
    for (const r of records) day = applyRecords(day, [r]).state
    const carried = summaryOf(day)
    const scanned = summaryOf(structuredClone(day))
    expect(carried.waitingAt.length).toBeGreaterThan(5)
    expect(carried.missedAt.length).toBeGreaterThan(0)
    expect(carried.served.size).toBeGreaterThan(0)
    expect(carried).toEqual(scanned)
    expect(carried.waitingAt).toEqual(day.tickets.flatMap((t, i) => (t.status === 'waiting' ? [i] : [])))
  })

  it('never changes the day it folds over', () => {
    const live = liveDay(11, 300)
    const half = applyRecords(emptyDay(), live.records.slice(0, 200)).state
    const frozen = structuredClone(half)
    applyRecords(half, live.records.slice(200))
    expect(half).toEqual(frozen)
  })

  it('refuses a record about an unknown ticket or after the day closed, saying which', () => {
    const live = liveDay(3, 200)
    const calledAt = live.records.findIndex((r) => r.type === 'ticket-called')
    const bad = live.records.filter((_, i) => i !== live.records.findIndex((r) => r.type === 'ticket-issued' && r.ticketId === (live.records[calledAt] as { ticketId: string }).ticketId))
    expect(() => applyRecords(emptyDay(), bad)).toThrow(RecordError)
    const after = [...live.records, live.records[0]!]
    try {
      applyRecords(emptyDay(), after)
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(RecordError)
      expect((err as RecordError).index).toBe(live.records.length)
      expect((err as Error).message).toContain('already closed')
    }
  })
})
