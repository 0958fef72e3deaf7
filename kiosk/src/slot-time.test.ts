import { describe, expect, it } from 'vitest'
import { slotTime } from './slot-time.js'

describe('slotTime', () => {
  it('reads an instant on the centre clock, and keeps a time of day as it is', () => {
    expect(slotTime('2026-12-01T01:15:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('08:15')
    expect(slotTime('2026-12-01T06:30:00Z', 'Asia/Ho_Chi_Minh')).toBe('13:30')
    expect(slotTime('08:15', 'Asia/Ho_Chi_Minh')).toBe('08:15')
  })
})
