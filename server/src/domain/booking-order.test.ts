import { describe, expect, it } from 'vitest'
import type { BookingSettings, CounterCommand } from '@luot/shared'
import { issueTicket, type IssueCommand } from './issue.js'
import { runCounterCommand } from './counter-command.js'
import { orderRules, peopleAhead } from './queue-order.js'
import { checkInRemote, joinRemote } from './booking/remote-join.js'
import { findTicket } from './tickets.js'
import { clerk, emptyDay, testConfig, testCtx } from '../../../test/support/domain-fixtures.js'
import { demoBooking } from '../setup/demo-booking.js'
import type { Config, DayState, DayTicket } from './types.js'

const START = '2026-11-23T01:00:00.000Z'
const at = (minutes: number): string => new Date(Date.parse(START) + minutes * 60_000).toISOString()

/** A walk-in, a booking checked in (slot `slot` minutes after the start) or a remote ticket, of a service. */
type Step = Partial<IssueCommand> & { serviceId: string; slot?: number; remote?: boolean }
const W = (serviceId = 'tu-phap-ho-tich', priorityGroup: string | null = null): Step => ({ serviceId, priorityGroup })
const B = (slot: number, serviceId = 'tu-phap-ho-tich'): Step => ({ serviceId, slot })
const R = (serviceId = 'tu-phap-ho-tich'): Step => ({ serviceId, remote: true })

function booking(overrides: Partial<BookingSettings> = {}): BookingSettings {
  return { ...demoBooking(2026), ...overrides }
}

/** Issues the tickets one second apart from 08:00 local (01:00 UTC) and opens counter c1 (Tư pháp first, then Chứng thực). */
function scenario(config: Config, steps: Step[]) {
  const ctx = testCtx(START)
  let day: DayState = emptyDay()
  for (const s of steps) {
    const cmd: IssueCommand = { serviceId: s.serviceId, priorityGroup: s.priorityGroup ?? null, channel: 'kiosk' }
    if (s.slot !== undefined) cmd.booking = { code: 'ABCDEFGHJKMNPQR', slotStart: at(s.slot) }
    day = (s.remote ? joinRemote(day, config, { serviceId: s.serviceId, lang: 'vi' }, ctx) : issueTicket(day, config, cmd, ctx)).state
    ctx.advance(1)
  }
  day = runCounterCommand(day, config, 'c1', clerk(1), { type: 'open' }, ctx).state
  const run = (cmd: CounterCommand) => {
    const r = runCounterCommand(day, config, 'c1', clerk(1), cmd, ctx)
    day = r.state
    return r
  }
  /** Calls and finishes up to `count` tickets; stops at an empty queue. */
  const calls = (count: number): string[] => {
    const out: string[] = []
    for (let i = 0; i < count; i++) {
      let t: DayTicket
      try {
        t = run({ type: 'call-next' }).value as DayTicket
      } catch {
        break
      }
      out.push(t.number)
      run({ type: 'finish', outcome: 'tiep-nhan' })
      ctx.advance(60)
    }
    return out
  }
  return { calls, ctx, run, get day() { return day }, set day(d: DayState) { day = d } }
}

describe('bookings in the call order (order "ahead")', () => {
  it.each([
    { name: 'a booking whose slot has started goes before walk-ins who queued earlier', steps: [W(), W(), B(0)], expected: ['2003', '2001', '2002'] },
    { name: 'an early arrival waits for its slot: walk-ins are called, then nobody', steps: [B(30), W(), W()], expected: ['2002', '2003'] },
    { name: 'two bookings: the earlier slot first, whoever checked in first', steps: [B(0), B(-15), W()], expected: ['2002', '2001', '2003'] },
    { name: 'strict priority still goes first, then the booking, then walk-ins', steps: [W(), B(0), W('tu-phap-ho-tich', 'nguoi-cao-tuoi')], expected: ['2003', '2002', '2001'] },
    { name: "the counter's service order comes before a booking of a later service", steps: [B(0, 'chung-thuc'), W(), W('chung-thuc')], expected: ['2001', '3001', '3002'] },
  ])('$name', ({ steps, expected }) => {
    const s = scenario(testConfig({ booking: booking() }), steps)
    expect(s.calls(10)).toEqual(expected)
  })

  it('the early booking is called once its slot starts, ahead of walk-ins queued before it', () => {
    const s = scenario(testConfig({ booking: booking() }), [W(), B(10), W(), W()])
    expect(s.calls(1)).toEqual(['2001'])
    s.ctx.advance(10 * 60)
    expect(s.calls(3)).toEqual(['2002', '2003', '2004'])
  })

  it('interleave: a booking counts as a normal call', () => {
    const s = scenario(testConfig({ booking: booking(), priorityPolicy: { mode: 'interleave', every: 1 } }), [W(), W('tu-phap-ho-tich', 'thuong-binh'), B(0)])
    expect(s.calls(3)).toEqual(['2003', '2002', '2001'])
  })

  it('people ahead: started bookings stand before walk-ins; bookings still waiting for their slot count for nobody but later bookings', () => {
    const config = testConfig({ booking: booking() })
    const s = scenario(config, [W(), W(), B(0), B(60), B(90)])
    const rules = orderRules(config, s.ctx.now)
    expect(s.day.tickets.map((t) => peopleAhead(s.day, t, rules))).toEqual([1, 2, 0, 1, 2])
  })
})

describe('bookings with walk-ins (order "with-walk-ins")', () => {
  it.each([
    { name: 'by queue time', steps: [W(), W(), B(0)], expected: ['2001', '2002', '2003'] },
    { name: 'an early booking is not held back', steps: [B(30), W()], expected: ['2001', '2002'] },
  ])('$name', ({ steps, expected }) => {
    const s = scenario(testConfig({ booking: booking({ order: 'with-walk-ins' }) }), steps)
    expect(s.calls(10)).toEqual(expected)
  })
})

describe('remote tickets', () => {
  it('check-in not required: called in queue order, marked as not checked in', () => {
    const s = scenario(testConfig({ booking: booking() }), [R(), W()])
    expect(s.day.tickets[0]).toMatchObject({ channel: 'remote' })
    expect(s.day.tickets[0]!.checkedInAt).toBeUndefined()
    expect(s.calls(2)).toEqual(['2001', '2002'])
  })

  it('check-in required: not callable until checked in, then in its place by queue time', () => {
    const s = scenario(testConfig({ booking: booking({ remoteCheckInRequired: true }) }), [R(), W(), W()])
    const config = testConfig({ booking: booking({ remoteCheckInRequired: true }) })
    expect(peopleAhead(s.day, s.day.tickets[1]!, orderRules(config, s.ctx.now))).toBe(0)
    expect(s.calls(1)).toEqual(['2002'])
    const r = checkInRemote(s.day, findTicket(s.day, 't1'), { kioskId: 'kiosk-1' }, s.ctx)
    expect(r.records).toEqual([{ v: 2, type: 'ticket-checked-in', at: s.ctx.now.toISOString(), ticketId: 't1', kioskId: 'kiosk-1' }])
    s.day = r.state
    expect(checkInRemote(s.day, findTicket(s.day, 't1'), {}, s.ctx).records).toEqual([])
    expect(s.calls(2)).toEqual(['2001', '2003'])
  })

  it.each([
    { name: 'remote join off for the service', booking: booking(), serviceId: 'van-phong', code: 'REMOTE_JOIN_CLOSED' },
    { name: 'bookings off', booking: booking({ enabled: false }), serviceId: 'chung-thuc', code: 'REMOTE_JOIN_CLOSED' },
    { name: 'no booking settings at all', booking: undefined, serviceId: 'chung-thuc', code: 'REMOTE_JOIN_CLOSED' },
    { name: 'unknown service', booking: booking(), serviceId: 'khong-co', code: 'SERVICE_NOT_FOUND' },
  ])('refused: $name', ({ booking: b, serviceId, code }) => {
    const config = testConfig(b ? { booking: b } : {})
    expect(() => joinRemote(emptyDay(), config, { serviceId, lang: 'vi' }, testCtx())).toThrowError(expect.objectContaining({ code }))
  })

  it('the daily remote cap: the n+1th is refused, a retried key still answers', () => {
    const b = booking()
    b.services = b.services.map((s) => (s.serviceId === 'chung-thuc' ? { ...s, remoteDailyCap: 2 } : s))
    const config = testConfig({ booking: b })
    const ctx = testCtx()
    let day = emptyDay()
    day = issueTicket(day, config, { serviceId: 'chung-thuc', channel: 'kiosk' }, ctx).state
    day = joinRemote(day, config, { serviceId: 'chung-thuc', lang: 'vi', idempotencyKey: 'phone-key-0001' }, ctx).state
    day = joinRemote(day, config, { serviceId: 'chung-thuc', lang: 'en' }, ctx).state
    expect(() => joinRemote(day, config, { serviceId: 'chung-thuc', lang: 'vi' }, ctx)).toThrowError(expect.objectContaining({ code: 'REMOTE_CAP_REACHED' }))
    expect(joinRemote(day, config, { serviceId: 'chung-thuc', lang: 'vi', idempotencyKey: 'phone-key-0001' }, ctx).value.number).toBe('3002')
  })
})
