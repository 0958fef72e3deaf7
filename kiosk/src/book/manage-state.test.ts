import { describe, expect, it } from 'vitest'
import type { PublicBooking } from '@luot/shared'
import { CITIZEN_ERRORS } from '../citizen/error-text.js'
import { initialManageState, manageReducer, type ManageAction, type ManageState } from './manage-state.js'

const booking: PublicBooking = {
  code: '7K3Q9XMP2RD8W4T', serviceId: 'ho-tich', serviceName: { vi: 'Hộ tịch', en: 'Civil status' }, date: '2026-12-07', slotStart: '08:30', slotEnd: '08:45', status: 'booked', lang: 'vi',
}
const run = (actions: ManageAction[], from: ManageState = initialManageState) => actions.reduce(manageReducer, from)
const err = (code: string) => ({ code, text: CITIZEN_ERRORS[code]! })
const loaded = run([{ type: 'start' }, { type: 'loaded', booking }])

describe('manage my booking', () => {
  it('moves: day, then slot; a slot taken meanwhile keeps the day, a closed day asks for another', () => {
    const picking = run([{ type: 'move' }, { type: 'move-day', date: '2026-12-08' }], loaded)
    expect(picking).toMatchObject({ mode: 'move-slot', moveDate: '2026-12-08' })
    expect(run([{ type: 'start' }, { type: 'failed', error: err('SLOT_FULL') }], picking)).toMatchObject({ mode: 'move-slot', moveDate: '2026-12-08', busy: false })
    expect(run([{ type: 'start' }, { type: 'failed', error: err('DAY_NOT_BOOKABLE') }], picking).mode).toBe('move-day')
    const moved = run([{ type: 'start' }, { type: 'loaded', booking: { ...booking, date: '2026-12-08' }, notice: 'moved' }], picking)
    expect(moved).toMatchObject({ mode: 'view', notice: 'moved', moveDate: null })
  })
  it('cancels only after the citizen confirms, and says so', () => {
    const asked = run([{ type: 'ask-cancel' }], loaded)
    expect(asked.mode).toBe('confirm-cancel')
    expect(run([{ type: 'keep' }], asked).mode).toBe('view')
    const done = run([{ type: 'start' }, { type: 'loaded', booking: { ...booking, status: 'cancelled' }, notice: 'cancelled' }], asked)
    expect(done).toMatchObject({ mode: 'view', notice: 'cancelled' })
    // A cancelled or checked-in booking cannot be moved or cancelled again.
    expect(run([{ type: 'move' }], done).mode).toBe('view')
    expect(run([{ type: 'ask-cancel' }], done).mode).toBe('view')
  })
  it('an unknown code forgets the booking shown before', () => {
    expect(run([{ type: 'start' }, { type: 'failed', error: err('BOOKING_NOT_FOUND') }], loaded)).toMatchObject({ booking: null, error: { code: 'BOOKING_NOT_FOUND' } })
  })
  it('a failed cancel returns to the booking with the reason', () => {
    const s = run([{ type: 'ask-cancel' }, { type: 'start' }, { type: 'failed', error: err('NO_ANSWER') }], loaded)
    expect(s).toMatchObject({ mode: 'view', busy: false, booking, error: { code: 'NO_ANSWER' } })
  })
})
