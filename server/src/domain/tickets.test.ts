import { describe, expect, it } from 'vitest'
import { emptyDay, testConfig, testCtx } from '../../../test/support/domain-fixtures.js'
import { runCounterCommand } from './counter-command.js'
import { issueTicket } from './issue.js'
import { findByIdempotencyKey, findByRatingToken, findByTrackingCode, ticketPosition } from './tickets.js'
import type { DayState } from './types.js'

const take = (day: DayState, key: string, ctx = testCtx()) => issueTicket(day, testConfig(), { serviceId: 'dat-dai', channel: 'kiosk', idempotencyKey: key }, ctx)

describe('the ticket index shared by every state of a day', () => {
  it('finds tickets by id, key, tracking code and rating token in the state that holds them', () => {
    const ctx = testCtx()
    const a = take(emptyDay(), 'k-a', ctx)
    const b = take(a.state, 'k-b', ctx)
    const clerk = { id: 'clerk3', role: 'clerk' as const }
    let day = runCounterCommand(b.state, testConfig(), 'c3', clerk, { type: 'open' }, ctx).state
    day = runCounterCommand(day, testConfig(), 'c3', clerk, { type: 'call-next' }, ctx).state
    day = runCounterCommand(day, testConfig(), 'c3', clerk, { type: 'finish', outcome: 'tiep-nhan' }, ctx).state
    const done = day.tickets.find((t) => t.status === 'done')!
    expect(findByRatingToken(day, done.ratingToken!)).toBe(done)
    expect(findByRatingToken(b.state, done.ratingToken!)).toBeUndefined() // not finished yet there
    expect(findByIdempotencyKey(day, 'k-b')?.id).toBe(b.value.id)
    expect(findByTrackingCode(day, b.value.trackingCode)?.id).toBe(b.value.id)
    expect(findByIdempotencyKey(a.state, 'k-b')).toBeUndefined() // issued after that state
    expect(ticketPosition(a.state.tickets, b.value.id)).toBe(-1)
    expect(findByTrackingCode(day, 'never-issued')).toBeUndefined()
  })

  it('a rolled-back branch that reused a position leaves each branch finding its own ticket', () => {
    const ctx = testCtx()
    const base = take(emptyDay(), 'k-1', ctx).state
    const lost = take(base, 'k-lost', ctx) // appended, then the append failed: the writer goes back to `base`
    const kept = take(base, 'k-kept', ctx) // the same position, another ticket
    expect(kept.value.id).not.toBe(lost.value.id)
    expect(findByIdempotencyKey(kept.state, 'k-kept')?.id).toBe(kept.value.id)
    expect(findByIdempotencyKey(kept.state, 'k-lost')).toBeUndefined()
    expect(findByIdempotencyKey(lost.state, 'k-lost')?.id).toBe(lost.value.id)
    expect(findByTrackingCode(lost.state, lost.value.trackingCode)?.id).toBe(lost.value.id)
    expect(ticketPosition(kept.state.tickets, lost.value.id)).toBe(-1)
    // the same key again in the surviving branch is the same ticket, not a second one
    expect(take(kept.state, 'k-kept', ctx).value).toBe(kept.value)
  })
})
