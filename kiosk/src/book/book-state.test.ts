import { describe, expect, it } from 'vitest'
import type { PublicBooking } from '@luot/shared'
import { CITIZEN_ERRORS } from '../citizen/error-text.js'
import { bookReducer, initialBookState, type BookAction, type BookState } from './book-state.js'

const run = (actions: BookAction[], from: BookState = initialBookState) => actions.reduce(bookReducer, from)
const chosen = run([{ type: 'pick-service', serviceId: 'ho-tich' }, { type: 'pick-day', date: '2026-12-07' }, { type: 'pick-slot', slotStart: '08:30' }])
const err = (code: string) => ({ code, text: CITIZEN_ERRORS[code]! })
const booking: PublicBooking = {
  code: '7K3Q9XMP2RD8W4T', serviceId: 'ho-tich', serviceName: { vi: 'Hộ tịch', en: 'Civil status' }, date: '2026-12-07', slotStart: '08:30', slotEnd: '08:45', status: 'booked', lang: 'vi',
}

describe('booking wizard', () => {
  it('walks service → day → slot → details, and back one step at a time', () => {
    expect(chosen).toMatchObject({ step: 'details', serviceId: 'ho-tich', date: '2026-12-07', slotStart: '08:30' })
    expect(run([{ type: 'back' }], chosen).step).toBe('slot')
    expect(run([{ type: 'back' }, { type: 'back' }, { type: 'back' }], chosen).step).toBe('service')
  })
  it('a new service forgets the day and slot picked for the old one', () => {
    expect(run([{ type: 'pick-service', serviceId: 'dat-dai' }], chosen)).toMatchObject({ step: 'day', date: null, slotStart: null })
  })
  it('keeps the Idempotency-Key through a retry after no answer, so the booking is made once', () => {
    const sent = run([{ type: 'submit', newKey: 'k1' }], chosen)
    expect(sent).toMatchObject({ busy: true, key: 'k1' })
    expect(run([{ type: 'submit', newKey: 'k2' }], sent).key).toBe('k1') // a double tap while busy changes nothing
    const lost = run([{ type: 'refused', error: err('NO_ANSWER') }], sent)
    expect(lost).toMatchObject({ busy: false, key: 'k1', step: 'details' })
    expect(run([{ type: 'submit', newKey: 'k3' }], lost).key).toBe('k1')
  })
  it('a refusal drops the key and stays on the form (too many bookings for this phone)', () => {
    const s = run([{ type: 'submit', newKey: 'k1' }, { type: 'refused', error: err('TOO_MANY_BOOKINGS') }], chosen)
    expect(s).toMatchObject({ step: 'details', key: null, busy: false })
    expect(s.error?.code).toBe('TOO_MANY_BOOKINGS')
  })
  it('a slot taken meanwhile sends the citizen back to the slots, a closed day back to the days', () => {
    expect(run([{ type: 'submit', newKey: 'k1' }, { type: 'refused', error: err('SLOT_FULL') }], chosen)).toMatchObject({ step: 'slot', slotStart: null, date: '2026-12-07' })
    expect(run([{ type: 'submit', newKey: 'k1' }, { type: 'refused', error: err('DAY_NOT_BOOKABLE') }], chosen)).toMatchObject({ step: 'day', date: null })
  })
  it('shows the confirmation, and starts afresh on request', () => {
    const done = run([{ type: 'submit', newKey: 'k1' }, { type: 'booked', booking }], chosen)
    expect(done).toMatchObject({ step: 'done', busy: false, key: null, booking })
    expect(run([{ type: 'restart' }], done)).toEqual(initialBookState)
  })
})
