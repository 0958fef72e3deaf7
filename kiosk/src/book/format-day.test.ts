import { describe, expect, it } from 'vitest'
import { formatDay } from './format-day.js'

describe('formatDay', () => {
  it('writes the weekday and the date in each language, never shifted by the time zone', () => {
    expect(formatDay('2026-12-07', 'vi')).toBe('Thứ Hai, 07/12/2026')
    expect(formatDay('2026-12-07', 'vi', 'short')).toBe('Thứ Hai, 07/12')
    expect(formatDay('2026-12-06', 'vi', 'short')).toBe('Chủ Nhật, 06/12')
    expect(formatDay('2026-12-07', 'en')).toBe('Monday, 7 December 2026')
    expect(formatDay('2026-12-07', 'en', 'short')).toBe('Monday 7 December')
  })
})
