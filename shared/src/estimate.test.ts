import { describe, expect, it } from 'vitest'
import { estimateWaitMinutes, formatWait } from './estimate.js'

describe('the shared wait estimate', () => {
  it.each([
    { ahead: 3, mean: 2, open: 0, minutes: null, vi: 'Chưa có quầy mở', en: 'No counter open yet' },
    { ahead: 0, mean: 8, open: 1, minutes: 0, vi: 'Không phải chờ', en: 'No wait' },
    // the case that read "khoảng 0 phút" on the kiosk and "~1 phút" on the board
    { ahead: 1, mean: 0.4, open: 1, minutes: 1, vi: '~1 phút', en: '~1 min' },
    { ahead: 3, mean: 4, open: 2, minutes: 6, vi: '~6 phút', en: '~6 min' },
    { ahead: 5, mean: 2.3, open: 1, minutes: 12, vi: '~12 phút', en: '~12 min' },
  ])('$ahead ahead, $mean min each, $open open → $vi', ({ ahead, mean, open, minutes, vi, en }) => {
    const m = estimateWaitMinutes(ahead, mean, open)
    expect(m).toBe(minutes)
    expect(formatWait(m, 'vi')).toBe(vi)
    expect(formatWait(m, 'en')).toBe(en)
  })
})
