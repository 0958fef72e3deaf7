import { describe, expect, it } from 'vitest'
import type { CounterCommand, DayRecord } from '@luot/shared'
import { checkRecord } from '../store/record-check.js'
import { applyRecords } from './fold.js'
import { clerk, emptyDay, testConfig, testCtx } from '../../../test/support/domain-fixtures.js'
import { runCounterCommand } from './counter-command.js'
import { issueTicket } from './issue.js'
import { missedViews } from './missed.js'
import type { DayState, DayTicket } from './types.js'

/** Two tickets for counter 1; counters 1 and 2 open; the first ticket called at counter 1 and missed. */
function missedMorning() {
  const config = testConfig()
  const ctx = testCtx()
  let day: DayState = emptyDay()
  const records: DayRecord[] = []
  for (let i = 0; i < 2; i++) {
    const r = issueTicket(day, config, { channel: 'kiosk', serviceId: 'tu-phap-ho-tich' }, ctx)
    day = r.state
    records.push(...r.records)
  }
  const run = (counterId: string, n: number, cmd: CounterCommand) => {
    const r = runCounterCommand(day, config, counterId, clerk(n), cmd, ctx)
    day = r.state
    records.push(...r.records)
    ctx.advance(30)
    return r
  }
  run('c1', 1, { type: 'open' })
  run('c2', 2, { type: 'open' })
  run('c1', 1, { type: 'call-next' })
  run('c1', 1, { type: 'recall' })
  run('c1', 1, { type: 'skip' })
  return { run, records, get day() { return day }, set day(d: DayState) { day = d } }
}

describe('missed tickets', () => {
  it('lists today’s missed tickets, newest first, until they are called back', () => {
    const s = missedMorning()
    expect(missedViews(s.day)).toEqual([{ id: 't1', number: '2001', serviceId: 'tu-phap-ho-tich', priorityGroup: null, missedAt: '2026-11-23T01:02:00.000Z', counterId: 'c1' }])
    s.run('c1', 1, { type: 'call-next' })
    s.run('c1', 1, { type: 'skip' })
    expect(missedViews(s.day).map((m) => m.number)).toEqual(['2002', '2001'])
  })

  it('calls a missed ticket back to the counter, announces it, and audits the re-call', () => {
    const s = missedMorning()
    const r = s.run('c2', 2, { type: 'call-missed', ticketId: 't1' })
    const t = r.value as DayTicket
    expect(t).toMatchObject({ status: 'called', counterId: 'c2', clerkId: 'clerk2', recalls: 0, calledAt: '2026-11-23T01:02:30.000Z' })
    expect(t.finishedAt).toBeUndefined()
    expect(r.events.map((e) => e.type)).toEqual(['ticket-called', 'counter-changed'])
    expect(s.day.counters.c2!.currentTicketId).toBe('t1')
    expect(s.day.audit.at(-1)).toEqual({ at: '2026-11-23T01:02:30.000Z', action: 'call-missed', ticketId: 't1', number: '2001', counterId: 'c2', clerkId: 'clerk2' })
    expect(missedViews(s.day)).toEqual([])
    s.run('c2', 2, { type: 'finish', outcome: 'tiep-nhan' })
    expect(s.day.tickets.find((x) => x.id === 't1')!.status).toBe('done')
  })

  it('is a journal record of its own: it reads back with the record schemas and replays to the live day', () => {
    const s = missedMorning()
    s.run('c2', 2, { type: 'call-missed', ticketId: 't1' })
    const record = s.records.at(-1)!
    expect(record).toEqual({ v: 1, type: 'missed-called', at: '2026-11-23T01:02:30.000Z', ticketId: 't1', counterId: 'c2', clerkId: 'clerk2', counterNumber: 2 })
    for (const r of s.records) expect(checkRecord(JSON.parse(JSON.stringify(r)))).toEqual({ record: r })
    expect(applyRecords(emptyDay(), s.records).state).toEqual(s.day)
  })

  it.each<{ name: string; setup: (s: ReturnType<typeof missedMorning>) => void; counter: string; clerkNo: number; ticketId: string; code: string }>([
    { name: 'a ticket that was not missed', setup: () => {}, counter: 'c2', clerkNo: 2, ticketId: 't2', code: 'INVALID_TRANSITION' },
    { name: 'an unknown ticket', setup: () => {}, counter: 'c2', clerkNo: 2, ticketId: 'nope', code: 'TICKET_NOT_FOUND' },
    { name: 'at a busy counter', setup: (s) => s.run('c2', 2, { type: 'call-next' }), counter: 'c2', clerkNo: 2, ticketId: 't1', code: 'COUNTER_BUSY' },
    { name: 'at a paused counter', setup: (s) => s.run('c2', 2, { type: 'pause', reason: 'Họp' }), counter: 'c2', clerkNo: 2, ticketId: 't1', code: 'COUNTER_NOT_OPEN' },
    { name: 'at someone else’s counter', setup: () => {}, counter: 'c2', clerkNo: 1, ticketId: 't1', code: 'NOT_YOUR_COUNTER' },
    { name: 'twice', setup: (s) => s.run('c2', 2, { type: 'call-missed', ticketId: 't1' }), counter: 'c1', clerkNo: 1, ticketId: 't1', code: 'INVALID_TRANSITION' },
    { name: 'after the day closed', setup: (s) => (s.day = { ...s.day, closed: true }), counter: 'c2', clerkNo: 2, ticketId: 't1', code: 'INVALID_TRANSITION' },
  ])('refuses a call-back $name with $code and changes nothing', ({ setup, counter, clerkNo, ticketId, code }) => {
    const s = missedMorning()
    setup(s)
    const before = structuredClone(s.day)
    expect(() => s.run(counter, clerkNo, { type: 'call-missed', ticketId })).toThrowError(expect.objectContaining({ code }))
    expect(s.day).toEqual(before)
  })
})
