import { describe, expect, it } from 'vitest'
import type { RatingRequest } from '@luot/shared'
import { asksReason, idle, phaseTimeout, reducePad, type PadPhase } from './pad-state.js'

const request = (number: string): RatingRequest => ({ counterId: 'c1', counterNumber: 1, number, ratingToken: `tok-${number}-xxxx`, finishedAt: '2026-11-23T08:00:00.000Z' })
const question: PadPhase = { kind: 'question', request: request('2001') }

describe('rating pad', () => {
  it('shows the question for each finished ticket, replacing whatever is on screen', () => {
    expect(reducePad(idle, { type: 'requested', request: request('2001') })).toEqual(question)
    expect(reducePad({ kind: 'thanks', number: '2000' }, { type: 'requested', request: request('2001') })).toEqual(question)
  })

  it('records a good score with one press, then thanks', () => {
    const sending = reducePad(question, { type: 'chose', value: 5, askReason: false })
    expect(sending).toEqual({ kind: 'sending', request: request('2001'), value: 5, askReason: false })
    expect(reducePad(sending, { type: 'chose', value: 1, askReason: true })).toBe(sending)
    expect(reducePad(sending, { type: 'saved' })).toEqual({ kind: 'thanks', number: '2001' })
  })

  it('sends a low score the moment it is pressed, then asks the reason as an amendment', () => {
    const sending = reducePad(question, { type: 'chose', value: 1, askReason: true })
    expect(sending).toEqual({ kind: 'sending', request: request('2001'), value: 1, askReason: true })
    const reason = reducePad(sending, { type: 'saved' })
    expect(reason).toEqual({ kind: 'reason', request: request('2001'), value: 1 })
    // our own score's broadcast must not skip the optional reason
    expect(reducePad(reason, { type: 'recorded', number: '2001' })).toBe(reason)
    const amending = reducePad(reason, { type: 'reason', reasonId: 'cho-lau' })
    expect(amending).toEqual({ kind: 'sending', request: request('2001'), value: 1, askReason: false, reasonId: 'cho-lau' })
    expect(reducePad(amending, { type: 'saved' })).toEqual({ kind: 'thanks', number: '2001' })
  })

  it('loses nothing when the reason is skipped, ignored, or the next ticket comes first', () => {
    const reason: PadPhase = { kind: 'reason', request: request('2001'), value: 1 }
    expect(reducePad(reason, { type: 'reason' })).toEqual({ kind: 'thanks', number: '2001' })
    expect(reducePad(reason, { type: 'timeout' })).toEqual({ kind: 'thanks', number: '2001' })
    expect(reducePad(reason, { type: 'requested', request: request('2002') })).toEqual({ kind: 'question', request: request('2002') })
  })

  it('does not ask a reason for a ticket the phone rated first', () => {
    const sending = reducePad(question, { type: 'chose', value: 1, askReason: true })
    expect(reducePad(sending, { type: 'saved', already: true })).toEqual({ kind: 'thanks', number: '2001' })
  })

  it('asks a reason only at or below lowMax and when reasons exist', () => {
    expect(asksReason(2, 2, 5)).toBe(true)
    expect(asksReason(3, 2, 5)).toBe(false)
    expect(asksReason(1, 2, 0)).toBe(false)
  })

  it('lets a failed save be retried with the same choice', () => {
    const sending = reducePad({ kind: 'reason', request: request('2001'), value: 2 }, { type: 'reason', reasonId: 'thai-do' })
    expect(sending.kind).toBe('sending')
    const failed = reducePad(sending, { type: 'failed', message: { vi: 'Lỗi', en: 'Error' } })
    expect(failed.kind).toBe('failed')
    expect(reducePad(failed, { type: 'retry' })).toEqual(sending)
  })

  it('thanks when the same ticket was rated elsewhere, ignores other tickets', () => {
    expect(reducePad(question, { type: 'recorded', number: '2001' })).toEqual({ kind: 'thanks', number: '2001' })
    expect(reducePad(question, { type: 'recorded', number: '2002' })).toBe(question)
  })

  it('goes back to idle after the thanks and an unanswered question, never while saving', () => {
    expect(reducePad({ kind: 'thanks', number: '2001' }, { type: 'timeout' })).toEqual(idle)
    expect(reducePad(question, { type: 'timeout' })).toEqual(idle)
    expect(phaseTimeout({ kind: 'thanks', number: '1' })).toBe(30_000)
    expect(phaseTimeout({ kind: 'sending', request: request('1'), value: 5, askReason: false })).toBeNull()
    expect(phaseTimeout(idle)).toBeNull()
  })
})
