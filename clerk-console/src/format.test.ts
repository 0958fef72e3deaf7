import { describe, expect, it } from 'vitest'
import { bytes, clock, duration, percent, timeOfDay } from './format.js'
import { niceMax, ticks } from './history/bar-chart.js'

describe('formats', () => {
  it('shows timers and durations', () => {
    expect([clock(0), clock(65.9), clock(3725), clock(-3)]).toEqual(['0:00', '1:05', '1:02:05', '0:00'])
    expect([duration(245, 'vi'), duration(245, 'en'), duration(40, 'vi'), duration(null, 'vi')]).toEqual(['4 phút 05 giây', '4 min 05 s', '40 giây', '—'])
    expect([percent(82.66, 'vi'), percent(82.66, 'en'), percent(null, 'en')]).toEqual(['82,7 %', '82.7 %', '—'])
    expect(timeOfDay('2026-11-23T01:05:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('08:05')
  })

  it('scales chart axes to round numbers, whole steps for counts', () => {
    expect([niceMax(0), niceMax(3), niceMax(7), niceMax(0.34), niceMax(120)]).toEqual([1, 5, 10, 0.5, 200])
    expect(ticks(2, true)).toEqual([0, 1, 2])
    expect(ticks(20, true)).toEqual([0, 5, 10, 15, 20])
    expect(ticks(100, true)).toEqual([0, 20, 40, 60, 80, 100])
    expect(ticks(10, false)).toEqual([0, 2.5, 5, 7.5, 10])
  })
})

describe('bytes', () => {
  it('shows GB with one decimal, MB under a gigabyte, in each language’s way', () => {
    expect(bytes(13.25 * 1024 ** 3, 'vi')).toBe('13,3 GB')
    expect(bytes(13.25 * 1024 ** 3, 'en')).toBe('13.3 GB')
    expect(bytes(850 * 1024 ** 2, 'en')).toBe('850 MB')
  })
})
