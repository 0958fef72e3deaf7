import { describe, expect, it } from 'vitest'
import { issueTicket, type IssueCommand } from './issue.js'
import { runCounterCommand } from './counter-command.js'
import { clerk, emptyDay, testConfig, testCtx } from '../../../test/support/domain-fixtures.js'
import type { Config, DayState, DayTicket } from './types.js'
import type { CounterCommand } from '@luot/shared'

type Step = Partial<IssueCommand> & { serviceId: string }

/** Issues tickets one second apart, opens counters, and returns a runner for counter commands. */
function scenario(config: Config, tickets: Step[], counters: { id: string; clerk: number }[] = [{ id: 'c1', clerk: 1 }]) {
  const ctx = testCtx()
  let day: DayState = emptyDay()
  for (const t of tickets) {
    day = issueTicket(day, config, { channel: 'kiosk', ...t }, ctx).state
    ctx.advance(1)
  }
  for (const c of counters) day = runCounterCommand(day, config, c.id, clerk(c.clerk), { type: 'open' }, ctx).state
  const run = (counterId: string, n: number, cmd: CounterCommand) => {
    const r = runCounterCommand(day, config, counterId, clerk(n), cmd, ctx)
    day = r.state
    ctx.advance(30)
    return r
  }
  const callSequence = (counterId: string, n: number, count: number): string[] => {
    const out: string[] = []
    for (let i = 0; i < count; i++) {
      const t = run(counterId, n, { type: 'call-next' }).value as DayTicket
      out.push(t.number)
      run(counterId, n, { type: 'finish', outcome: 'tiep-nhan' })
    }
    return out
  }
  return { run, callSequence, get day() { return day }, ctx }
}

describe('call-next order', () => {
  it.each([
    {
      name: 'longest waiting first within a service',
      tickets: [{ serviceId: 'tu-phap-ho-tich' }, { serviceId: 'tu-phap-ho-tich' }, { serviceId: 'tu-phap-ho-tich' }],
      expected: ['2001', '2002', '2003'],
    },
    {
      // counter 1 serves tu-phap-ho-tich first, then chung-thuc
      name: "the counter's service order before arrival time",
      tickets: [{ serviceId: 'chung-thuc' }, { serviceId: 'tu-phap-ho-tich' }, { serviceId: 'chung-thuc' }],
      expected: ['2001', '3001', '3002'],
    },
    {
      name: 'strict priority goes first',
      tickets: [{ serviceId: 'tu-phap-ho-tich' }, { serviceId: 'chung-thuc', priorityGroup: 'nguoi-cao-tuoi' }, { serviceId: 'tu-phap-ho-tich' }],
      expected: ['3001', '2001', '2002'],
    },
    {
      name: 'services the counter does not serve are never called',
      tickets: [{ serviceId: 'dat-dai' }, { serviceId: 'tu-phap-ho-tich' }],
      expected: ['2001'],
    },
  ])('$name', ({ tickets, expected }) => {
    const s = scenario(testConfig(), tickets)
    expect(s.callSequence('c1', 1, expected.length)).toEqual(expected)
    expect(() => s.run('c1', 1, { type: 'call-next' })).toThrowError(expect.objectContaining({ code: 'QUEUE_EMPTY' }))
  })

  it('interleave: one priority ticket after every N normal ones', () => {
    const config = testConfig({ priorityPolicy: { mode: 'interleave', every: 2 } })
    const p = { serviceId: 'tu-phap-ho-tich', priorityGroup: 'thuong-binh' }
    const n = { serviceId: 'tu-phap-ho-tich' }
    const s = scenario(config, [p, p, n, n, n, n, n])
    // tickets 2001, 2002 are priority; normals 2003–2007
    expect(s.callSequence('c1', 1, 7)).toEqual(['2003', '2004', '2001', '2005', '2006', '2002', '2007'])
  })

  it('a transfer keeps its place in the target queue', () => {
    const config = testConfig()
    const s = scenario(config, [{ serviceId: 'dat-dai' }, { serviceId: 'tu-phap-ho-tich' }, { serviceId: 'tu-phap-ho-tich' }], [
      { id: 'c1', clerk: 1 },
      { id: 'c3', clerk: 3 },
    ])
    s.run('c3', 3, { type: 'call-next' })
    const next = s.run('c3', 3, { type: 'transfer', serviceId: 'tu-phap-ho-tich' }).value as DayTicket
    expect(next).toMatchObject({ number: '5001', serviceId: 'tu-phap-ho-tich', status: 'waiting', queuedAt: '2026-11-23T01:00:00.000Z', trackingCode: 'code00000001' })
    // 5001 was issued before 2001 and 2002, so counter 1 calls it first
    expect(s.callSequence('c1', 1, 3)).toEqual(['5001', '2001', '2002'])
    expect(s.day.tickets.filter((t) => t.number === '5001').map((t) => t.status)).toEqual(['transferred', 'done'])
    expect(s.day.audit.map((a) => a.action)).toEqual(['transfer'])
  })

  it('a transfer to a named counter is called only there', () => {
    const s = scenario(testConfig(), [{ serviceId: 'tu-phap-ho-tich' }], [{ id: 'c1', clerk: 1 }, { id: 'c2', clerk: 2 }])
    s.run('c1', 1, { type: 'call-next' })
    s.run('c1', 1, { type: 'transfer', counterId: 'c3' })
    expect(() => s.run('c2', 2, { type: 'call-next' })).toThrowError(expect.objectContaining({ code: 'QUEUE_EMPTY' }))
  })
})

describe('counter commands', () => {
  const one = [{ serviceId: 'tu-phap-ho-tich' }, { serviceId: 'tu-phap-ho-tich' }]

  it('runs the lifecycle waiting → called → serving → done with a timestamp, counter and clerk at every step', () => {
    const s = scenario(testConfig(), one)
    s.run('c1', 1, { type: 'call-next' })
    s.run('c1', 1, { type: 'recall' })
    s.run('c1', 1, { type: 'start' })
    const done = s.run('c1', 1, { type: 'finish', outcome: 'tra-ket-qua' }).value as DayTicket
    expect(done).toMatchObject({ status: 'done', outcome: 'tra-ket-qua', counterId: 'c1', clerkId: 'clerk1', recalls: 1 })
    expect(done.history.map((h) => h.action)).toEqual(['issued', 'called', 'recalled', 'started', 'finished'])
    expect(done.history.slice(1).every((h) => h.counterId === 'c1' && h.clerkId === 'clerk1')).toBe(true)
    expect(Date.parse(done.finishedAt!) - Date.parse(done.startedAt!)).toBe(30_000)
    expect(s.day.counters.c1!.currentTicketId).toBeUndefined()
  })

  it.each<{ name: string; before: CounterCommand[]; cmd: CounterCommand; code: string; clerkNo?: number }>([
    { name: 'another clerk on my counter', before: [], cmd: { type: 'call-next' }, code: 'NOT_YOUR_COUNTER', clerkNo: 2 },
    { name: 'recall with nothing called', before: [], cmd: { type: 'recall' }, code: 'COUNTER_IDLE' },
    { name: 'call while busy', before: [{ type: 'call-next' }], cmd: { type: 'call-next' }, code: 'COUNTER_BUSY' },
    { name: 'recall past the limit', before: [{ type: 'call-next' }, { type: 'recall' }, { type: 'recall' }, { type: 'recall' }], cmd: { type: 'recall' }, code: 'RECALL_LIMIT' },
    { name: 'skip while serving', before: [{ type: 'call-next' }, { type: 'start' }], cmd: { type: 'skip' }, code: 'INVALID_TRANSITION' },
    { name: 'unknown outcome', before: [{ type: 'call-next' }], cmd: { type: 'finish', outcome: 'nope' }, code: 'OUTCOME_UNKNOWN' },
    { name: 'close while serving', before: [{ type: 'call-next' }], cmd: { type: 'close' }, code: 'COUNTER_BUSY' },
    { name: 'call while paused', before: [{ type: 'pause', reason: 'Nghỉ giải lao' }], cmd: { type: 'call-next' }, code: 'COUNTER_NOT_OPEN' },
    { name: 'out-of-turn call without a reason', before: [], cmd: { type: 'call', ticketId: 't2', reason: '  ' }, code: 'REASON_REQUIRED' },
    { name: 'transfer to the same counter', before: [{ type: 'call-next' }], cmd: { type: 'transfer', counterId: 'c1' }, code: 'TRANSFER_TARGET_INVALID' },
    { name: 'transfer naming both targets', before: [{ type: 'call-next' }], cmd: { type: 'transfer', counterId: 'c2', serviceId: 'dat-dai' }, code: 'TRANSFER_TARGET_INVALID' },
    { name: 'cancel a called ticket', before: [{ type: 'call-next' }], cmd: { type: 'cancel', ticketId: 't1', reason: 'Trùng' }, code: 'INVALID_TRANSITION' },
  ])('refuses $name with $code and changes nothing', ({ before, cmd, code, clerkNo }) => {
    const s = scenario(testConfig(), one)
    for (const b of before) s.run('c1', 1, b)
    const snapshot = structuredClone(s.day)
    expect(() => s.run('c1', clerkNo ?? 1, cmd)).toThrowError(expect.objectContaining({ code }))
    expect(s.day).toEqual(snapshot)
  })

  it('an open counter belongs to its clerk; a clerk holds one counter', () => {
    const s = scenario(testConfig(), one)
    expect(() => s.run('c1', 2, { type: 'open' })).toThrowError(expect.objectContaining({ code: 'COUNTER_TAKEN' }))
    expect(() => s.run('c2', 1, { type: 'open' })).toThrowError(expect.objectContaining({ code: 'CLERK_AT_OTHER_COUNTER' }))
    s.run('c1', 1, { type: 'close' })
    s.run('c2', 1, { type: 'open' })
    expect(s.day.counters.c2).toMatchObject({ state: 'open', clerkId: 'clerk1' })
  })

  it('records out-of-turn calls, skips and cancellations in the audit trail', () => {
    const s = scenario(testConfig(), [...one, { serviceId: 'tu-phap-ho-tich' }])
    s.run('c1', 1, { type: 'call', ticketId: 't3', reason: 'Công dân khuyết tật' })
    s.run('c1', 1, { type: 'skip' })
    s.run('c1', 1, { type: 'cancel', ticketId: 't2', reason: 'Công dân đã về' })
    expect(s.day.audit).toMatchObject([
      { action: 'call-out-of-turn', number: '2003', reason: 'Công dân khuyết tật', clerkId: 'clerk1', counterId: 'c1' },
      { action: 'skip', number: '2003' },
      { action: 'cancel', number: '2002', reason: 'Công dân đã về' },
    ])
    expect(s.day.tickets.map((t) => t.status)).toEqual(['waiting', 'cancelled', 'no-show'])
  })

  it('keeps the last calls for the board, newest first, recalls included', () => {
    const s = scenario(testConfig(), one)
    s.run('c1', 1, { type: 'call-next' })
    s.run('c1', 1, { type: 'recall' })
    expect(s.day.recentCalls.map((c) => [c.number, c.counterNumber, c.recalls])).toEqual([
      ['2001', 1, 1],
      ['2001', 1, 0],
    ])
  })
})
