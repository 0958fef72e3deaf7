import { describe, expect, it } from 'vitest'
import { issueTicket } from './issue.js'
import { emptyDay, testConfig, testCtx } from '../../../test/support/domain-fixtures.js'
import type { Config, DayState } from './types.js'

function issueN(day: DayState, config: Config, serviceId: string, n: number) {
  const ctx = testCtx()
  let state = day
  const numbers: string[] = []
  for (let i = 0; i < n; i++) {
    const r = issueTicket(state, config, { serviceId, channel: 'kiosk' }, ctx)
    state = r.state
    numbers.push(r.value.number)
  }
  return { state, numbers }
}

describe('issueTicket numbering', () => {
  it.each([
    { serviceId: 'tra-ket-qua', n: 3, expected: ['K001', 'K002', 'K003'] },
    { serviceId: 'dat-dai', n: 3, expected: ['5001', '5002', '5003'] },
    { serviceId: 'van-phong', n: 1, expected: ['1001'] },
  ])('$serviceId issues $expected', ({ serviceId, n, expected }) => {
    expect(issueN(emptyDay(), testConfig(), serviceId, n).numbers).toEqual(expected)
  })

  it('numbers each service on its own sequence', () => {
    const config = testConfig()
    const ctx = testCtx()
    let day = emptyDay()
    const out: string[] = []
    for (const s of ['dat-dai', 'chung-thuc', 'dat-dai', 'chung-thuc', 'dat-dai']) {
      const r = issueTicket(day, config, { serviceId: s, channel: 'kiosk' }, ctx)
      day = r.state
      out.push(r.value.number)
    }
    expect(out).toEqual(['5001', '3001', '5002', '3002', '5003'])
    expect(day.seq).toEqual({ 'dat-dai': 3, 'chung-thuc': 2 })
  })

  it('gives every ticket a distinct tracking code and an issued event', () => {
    const r = issueTicket(emptyDay(), testConfig(), { serviceId: 'dat-dai', channel: 'kiosk' }, testCtx())
    expect(r.value.trackingCode).toBe('code00000001')
    expect(r.events).toEqual([{ type: 'ticket-issued', ticket: r.value }])
    expect(r.value.status).toBe('waiting')
    expect(r.value.queuedAt).toBe(r.value.issuedAt)
  })
})

describe('issueTicket refusals leave the day unchanged', () => {
  const closedHours = testConfig()
  closedHours.centre.openingHours.enforce = true
  const inactive = testConfig()
  inactive.services.find((s) => s.id === 'van-hoa')!.active = false
  const capped = testConfig()
  capped.services.find((s) => s.id === 'dat-dai')!.dailyCap = 2
  const cappedDay = issueN(emptyDay(), capped, 'dat-dai', 2).state
  const unserved = testConfig()
  for (const c of unserved.counters) c.serviceIds = c.serviceIds.filter((id) => id !== 'van-hoa')

  it.each([
    { name: 'unknown service', config: testConfig(), day: emptyDay(), cmd: { serviceId: 'nope' }, code: 'SERVICE_NOT_FOUND', at: '2026-11-23T02:00:00Z' },
    { name: 'inactive service', config: inactive, day: emptyDay(), cmd: { serviceId: 'van-hoa' }, code: 'SERVICE_INACTIVE', at: '2026-11-23T02:00:00Z' },
    { name: 'service no counter serves', config: unserved, day: emptyDay(), cmd: { serviceId: 'van-hoa' }, code: 'SERVICE_NO_COUNTER', at: '2026-11-23T02:00:00Z' },
    { name: 'unknown priority group', config: testConfig(), day: emptyDay(), cmd: { serviceId: 'dat-dai', priorityGroup: 'vip' }, code: 'PRIORITY_GROUP_UNKNOWN', at: '2026-11-23T02:00:00Z' },
    // 05:30 local on a Monday: before the 07:00 session
    { name: 'before opening', config: closedHours, day: emptyDay(), cmd: { serviceId: 'dat-dai' }, code: 'CENTRE_CLOSED', at: '2026-11-22T22:30:00Z' },
    // 12:10 local: the lunch break between sessions
    { name: 'lunch break', config: closedHours, day: emptyDay(), cmd: { serviceId: 'dat-dai' }, code: 'CENTRE_CLOSED', at: '2026-11-23T05:10:00Z' },
    // Sunday 09:00 local
    { name: 'sunday', config: closedHours, day: emptyDay('2026-11-22'), cmd: { serviceId: 'dat-dai' }, code: 'CENTRE_CLOSED', at: '2026-11-22T02:00:00Z' },
    { name: 'daily cap', config: capped, day: cappedDay, cmd: { serviceId: 'dat-dai' }, code: 'DAILY_CAP_REACHED', at: '2026-11-23T02:00:00Z' },
  ])('$name → $code', ({ config, day, cmd, code, at }) => {
    const before = structuredClone(day)
    expect(() => issueTicket(day, config, { ...cmd, channel: 'kiosk' }, testCtx(at))).toThrowError(expect.objectContaining({ code }))
    expect(day).toEqual(before)
  })

  it('issues inside an enforced session (09:00 local Monday)', () => {
    const r = issueTicket(emptyDay(), closedHours, { serviceId: 'dat-dai', channel: 'kiosk' }, testCtx('2026-11-23T02:00:00Z'))
    expect(r.value.number).toBe('5001')
  })

  it('the block format bounds the day even without a cap', () => {
    const config = testConfig()
    const s = config.services.find((x) => x.id === 'dat-dai')!
    s.dailyCap = 0
    s.numberFormat = { kind: 'block', start: 5001, end: 5002 }
    const { state } = issueN(emptyDay(), config, 'dat-dai', 2)
    expect(() => issueTicket(state, config, { serviceId: 'dat-dai', channel: 'kiosk' }, testCtx())).toThrowError(expect.objectContaining({ code: 'DAILY_CAP_REACHED' }))
  })
})

describe('idempotency', () => {
  it('a repeated key returns the first ticket and changes nothing', () => {
    const config = testConfig()
    const ctx = testCtx()
    const first = issueTicket(emptyDay(), config, { serviceId: 'dat-dai', channel: 'kiosk', idempotencyKey: 'tap-0001' }, ctx)
    const again = issueTicket(first.state, config, { serviceId: 'dat-dai', channel: 'kiosk', idempotencyKey: 'tap-0001' }, ctx)
    expect(again.value).toBe(first.value)
    expect(again.state).toBe(first.state)
    expect(again.events).toEqual([])
    const other = issueTicket(first.state, config, { serviceId: 'dat-dai', channel: 'kiosk', idempotencyKey: 'tap-0002' }, ctx)
    expect(other.value.number).toBe('5002')
  })
})
