import { describe, expect, it } from 'vitest'
import { formatClock, formatCounterList, formatDate, tickerItems } from './format.js'

// 2026-11-23 08:05:09 in Hồ Chí Minh City (UTC+7), a Monday
const at = Date.parse('2026-11-23T01:05:09Z')

describe('format', () => {
  it('shows the centre\'s local clock and date, whatever the screen\'s zone', () => {
    expect(formatClock(at, 'Asia/Ho_Chi_Minh')).toBe('08:05:09')
    expect(formatDate(at, 'Asia/Ho_Chi_Minh', 'vi')).toBe('Thứ Hai, 23/11/2026')
    expect(formatDate(at, 'Asia/Ho_Chi_Minh', 'en')).toBe('Monday, 23/11/2026')
    expect(formatDate(Date.parse('2026-11-22T18:00:00Z'), 'Asia/Ho_Chi_Minh', 'vi')).toBe('Thứ Hai, 23/11/2026')
  })


  it('lists counters in order', () => {
    expect(formatCounterList([5, 1, 2], 'vi')).toBe('Quầy 1, 2, 5')
    expect(formatCounterList([], 'vi')).toBe('')
  })

  it('puts the hotline first in the ticker, once', () => {
    expect(tickerItems('0236 1022', ['Tra cứu hồ sơ trực tuyến'], 'vi')).toEqual(['Đường dây nóng: 0236 1022', 'Tra cứu hồ sơ trực tuyến'])
    expect(tickerItems('0236 1022', ['Đường dây nóng phản ánh, kiến nghị: 0236.1022', 'Khác'], 'vi')).toEqual(['Đường dây nóng phản ánh, kiến nghị: 0236.1022', 'Khác'])
    expect(tickerItems('', ['Khác'], 'en')).toEqual(['Khác'])
    expect(tickerItems('1900 1234', [], 'en')).toEqual(['Hotline: 1900 1234'])
  })
})
