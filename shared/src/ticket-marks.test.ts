import { describe, expect, it } from 'vitest'
import { bookedCall, bookedSlot, notCheckedIn, slotTime } from './ticket-marks.js'

describe('ticket marks', () => {
  it('reads the server marks, and nothing else', () => {
    expect(bookedCall({ number: '1001', booked: true })).toBe(true)
    expect(bookedCall({ number: '1001', priority: true })).toBe(false)
    expect(bookedSlot({ number: '1001', booking: { slotStart: '2026-12-01T01:15:00Z' } })).toBe('2026-12-01T01:15:00Z')
    expect(bookedSlot({ number: '1001' })).toBeNull()
    expect(bookedSlot(undefined)).toBeNull()
    expect(notCheckedIn({ number: '1001', notCheckedIn: true })).toBe(true)
    expect(notCheckedIn({ number: '1001' })).toBe(false)
  })
})

describe('slotTime', () => {
  it('reads an instant on the centre clock, and keeps a time of day as it is', () => {
    expect(slotTime('2026-12-01T01:15:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('08:15')
    expect(slotTime('2026-12-01T06:30:00Z', 'Asia/Ho_Chi_Minh')).toBe('13:30')
    expect(slotTime('08:15', 'Asia/Ho_Chi_Minh')).toBe('08:15')
  })
})
