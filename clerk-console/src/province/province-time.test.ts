import { describe, expect, it } from 'vitest'
import { clockTime, todayKey } from './province-time.js'

describe('province time', () => {
  it('reads days and clock times in Vietnam whatever the browser’s zone', () => {
    expect(todayKey(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01')
    expect(todayKey(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11-30')
    expect(clockTime('2026-11-30T23:35:02Z', 'en')).toBe('06:35:02')
  })
})
