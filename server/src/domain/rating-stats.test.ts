import { describe, expect, it } from 'vitest'
import { issueTicket } from './issue.js'
import { runCounterCommand } from './counter-command.js'
import { rateTicket } from './rating.js'
import { aggregateDay } from './aggregate.js'
import { buildStats } from './stats.js'
import { closeDay } from './day.js'
import { estimateWaitMinutes } from './estimate.js'
import { orderRules, peopleAhead } from './queue-order.js'
import { clerk, emptyDay, testConfig, testCtx } from '../../../test/support/domain-fixtures.js'
import type { DayState, DayTicket } from './types.js'

/** One ticket served at counter 1: waits 120 s, served 300 s. */
function servedDay() {
  const config = testConfig()
  const ctx = testCtx()
  let day: DayState = emptyDay()
  const t = issueTicket(day, config, { serviceId: 'tu-phap-ho-tich', channel: 'kiosk' }, ctx)
  day = t.state
  day = runCounterCommand(day, config, 'c1', clerk(1), { type: 'open' }, ctx).state
  ctx.advance(120)
  day = runCounterCommand(day, config, 'c1', clerk(1), { type: 'call-next' }, ctx).state
  day = runCounterCommand(day, config, 'c1', clerk(1), { type: 'start' }, ctx).state
  ctx.advance(300)
  day = runCounterCommand(day, config, 'c1', clerk(1), { type: 'finish', outcome: 'tiep-nhan' }, ctx).state
  return { config, ctx, day, code: t.value.trackingCode }
}

describe('rating', () => {
  it('is accepted once, only for a finished ticket, by its own tracking code or the pad token', () => {
    const { config, ctx, day, code } = servedDay()
    const r = rateTicket(day, config, { trackingCode: code }, { value: 5, comment: '  Cán bộ nhiệt tình ' }, ctx)
    expect(r.value.rating).toMatchObject({ value: 5, source: 'phone', comment: 'Cán bộ nhiệt tình' })
    expect(() => rateTicket(r.state, config, { trackingCode: code }, { value: 4 }, ctx)).toThrowError(expect.objectContaining({ code: 'ALREADY_RATED' }))
    const token = day.tickets[0]!.ratingToken!
    expect(() => rateTicket(r.state, config, { ratingToken: token }, { value: 4 }, ctx)).toThrowError(expect.objectContaining({ code: 'TICKET_NOT_FOUND' }))
  })

  it('from the pad, by the one-off token, kept until the reason amends the score', () => {
    const { config, ctx, day } = servedDay()
    const token = day.tickets[0]!.ratingToken!
    const r = rateTicket(day, config, { ratingToken: token }, { value: 2 }, ctx)
    expect(r.value.rating).toMatchObject({ value: 2, source: 'pad' })
    expect(aggregateDay(r.state, config).total.ratings).toEqual({ '2': 1 })
    ctx.advance(5)
    const a = rateTicket(r.state, config, { ratingToken: token }, { value: 2, reasonId: 'cho-lau' }, ctx)
    expect(a.value.rating).toMatchObject({ value: 2, reasonId: 'cho-lau', source: 'pad', at: r.value.rating!.at, amendedAt: ctx.now.toISOString() })
    expect(a.value.ratingToken).toBeUndefined()
    const agg = aggregateDay(a.state, config).total
    expect(agg.ratings).toEqual({ '2': 1 })
    expect(agg.lowReasons).toEqual({ 'cho-lau': 1 })
  })

  it('amends once, only with the same score from the same place, and only with something to add', () => {
    const { config, ctx, day, code } = servedDay()
    const r = rateTicket(day, config, { trackingCode: code }, { value: 1 }, ctx)
    const already = expect.objectContaining({ code: 'ALREADY_RATED' })
    expect(() => rateTicket(r.state, config, { trackingCode: code }, { value: 1 }, ctx)).toThrowError(already)
    expect(() => rateTicket(r.state, config, { trackingCode: code }, { value: 5, comment: 'đổi ý' }, ctx)).toThrowError(already)
    expect(() => rateTicket(r.state, config, { ratingToken: day.tickets[0]!.ratingToken! }, { value: 1, reasonId: 'cho-lau' }, ctx)).toThrowError(expect.objectContaining({ code: 'TICKET_NOT_FOUND' }))
    const a = rateTicket(r.state, config, { trackingCode: code }, { value: 1, reasonId: 'cho-lau', comment: ' Chờ lâu ' }, ctx)
    expect(a.value.rating).toMatchObject({ value: 1, reasonId: 'cho-lau', comment: 'Chờ lâu' })
    expect(() => rateTicket(a.state, config, { trackingCode: code }, { value: 1, comment: 'lần nữa' }, ctx)).toThrowError(already)
  })

  it('refuses a reason for a score that is not low', () => {
    const { config, ctx, day, code } = servedDay()
    expect(() => rateTicket(day, config, { trackingCode: code }, { value: 5, reasonId: 'cho-lau' }, ctx)).toThrowError(expect.objectContaining({ code: 'BAD_REQUEST' }))
  })

  it.each([
    { name: 'off the scale', body: { value: 7 }, code: 'RATING_VALUE_INVALID' },
    { name: 'unknown reason', body: { value: 1, reasonId: 'nope' }, code: 'BAD_REQUEST' },
  ])('refuses $name', ({ body, code }) => {
    const { config, ctx, day, code: tc } = servedDay()
    expect(() => rateTicket(day, config, { trackingCode: tc }, body, ctx)).toThrowError(expect.objectContaining({ code }))
  })

  it('refuses a ticket that is not finished, and an unknown code', () => {
    const config = testConfig()
    const ctx = testCtx()
    const t = issueTicket(emptyDay(), config, { serviceId: 'dat-dai', channel: 'kiosk' }, ctx)
    expect(() => rateTicket(t.state, config, { trackingCode: t.value.trackingCode }, { value: 5 }, ctx)).toThrowError(expect.objectContaining({ code: 'RATING_NOT_ALLOWED' }))
    expect(() => rateTicket(t.state, config, { trackingCode: 'unknown-code' }, { value: 5 }, ctx)).toThrowError(expect.objectContaining({ code: 'TICKET_NOT_FOUND' }))
  })
})

describe('statistics', () => {
  it('aggregates a day per service, counter, clerk and hour, and reads it back as rows', () => {
    const { config, ctx, day, code } = servedDay()
    const rated = rateTicket(day, config, { trackingCode: code }, { value: 4 }, ctx).state
    const agg = aggregateDay(rated, config)
    const stats = buildStats(config, [agg], '2026-11-23', '2026-11-23', 'service')
    expect(stats.rows).toHaveLength(1)
    expect(stats.rows[0]).toMatchObject({
      key: 'tu-phap-ho-tich',
      label: 'Tư pháp – Hộ tịch',
      issued: 1,
      served: 1,
      wait: { count: 1, mean: 120, p50: 121, p90: 121 },
      service: { count: 1, mean: 300, p50: 301, p90: 301 },
      ratings: { '4': 1 },
      satisfiedPercent: 100,
      outcomes: { 'tiep-nhan': 1 },
    })
    // 08:00 local (01:00Z) is the hour of issue
    expect(buildStats(config, [agg], '2026-11-23', '2026-11-23', 'hour').rows.map((r) => r.key)).toEqual(['08'])
    const byClerk = buildStats(config, [agg], '2026-11-23', '2026-11-23', 'clerk').rows[0]!
    expect(byClerk).toMatchObject({ key: 'clerk1', label: 'Cán bộ 1', issued: 0, served: 1 })
  })

  it('merges days: counts add up and percentiles come from the merged histogram', () => {
    const { config, day } = servedDay()
    const a = aggregateDay(day, config)
    const b = structuredClone(a)
    b.date = '2026-11-24'
    b.total.wait = { n: 3, sum: 3000, b: { '99': 3 } } // as stored before 2-second buckets: index 99 = 990–1000 s
    const s = buildStats(config, [a, b], '2026-11-23', '2026-11-24', 'day')
    expect(s.rows.map((r) => r.key)).toEqual(['2026-11-23', '2026-11-24'])
    expect(s.total).toMatchObject({ issued: 2, served: 2, wait: { count: 4, mean: 780, p50: 995, p90: 995 } })
  })
})

describe('day close and estimates', () => {
  it('closing a day cancels what is still waiting or called, with a reason, and closes every counter', () => {
    const config = testConfig()
    const ctx = testCtx()
    let day = issueTicket(emptyDay(), config, { serviceId: 'tu-phap-ho-tich', channel: 'kiosk' }, ctx).state
    day = issueTicket(day, config, { serviceId: 'tu-phap-ho-tich', channel: 'kiosk' }, ctx).state
    day = runCounterCommand(day, config, 'c1', clerk(1), { type: 'open' }, ctx).state
    day = runCounterCommand(day, config, 'c1', clerk(1), { type: 'call-next' }, ctx).state
    const closed = closeDay(day, config, ctx).state
    expect(closed.closed).toBe(true)
    expect(closed.tickets.map((t: DayTicket) => [t.status, t.cancelReason])).toEqual([
      ['cancelled', 'day-ended'],
      ['cancelled', 'day-ended'],
    ])
    expect(Object.values(closed.counters).every((c) => c.state === 'closed')).toBe(true)
    expect(() => closeDay(closed, config, ctx)).toThrow()
  })

  it.each([
    { ahead: 0, open: 0, expected: null }, // no counter open: no honest number
    { ahead: 4, open: 0, expected: null },
    { ahead: 0, open: 1, expected: 0 },
    { ahead: 4, open: 1, expected: 32 }, // default 8 min
    { ahead: 4, open: 2, expected: 16 },
  ])('estimates $ahead ahead with $open open counters as $expected min', ({ ahead, open, expected }) => {
    const config = testConfig()
    const ctx = testCtx()
    let day = emptyDay()
    for (let i = 1; i <= open; i++) day = runCounterCommand(day, config, `c${i}`, clerk(i), { type: 'open' }, ctx).state
    expect(estimateWaitMinutes(day, config, 'tu-phap-ho-tich', ahead)).toBe(expected)
  })

  it('uses the recent service times once there are some', () => {
    const { config, day } = servedDay()
    expect(estimateWaitMinutes(day, config, 'tu-phap-ho-tich', 3)).toBe(15) // 3 × 5 min, one counter open
  })

  it('counts people ahead: strict priority tickets jump the normal ones', () => {
    const config = testConfig()
    const ctx = testCtx()
    let day = emptyDay()
    const ids: DayTicket[] = []
    for (const g of [null, null, 'nguoi-cao-tuoi', null]) {
      const r = issueTicket(day, config, { serviceId: 'dat-dai', channel: 'kiosk', priorityGroup: g }, ctx)
      day = r.state
      ids.push(r.value)
      ctx.advance(1)
    }
    const ahead = ids.map((t) => peopleAhead(day, day.tickets.find((x) => x.id === t.id)!, orderRules(config, ctx.now)))
    expect(ahead).toEqual([1, 2, 0, 3])
  })
})
