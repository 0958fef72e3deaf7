import { describe, expect, it } from 'vitest'
import { coverRange, dekadOf } from './period-cover.js'

describe('coverRange', () => {
  it('reads a year on month boundaries as its months', () => {
    expect(coverRange('2026-01-01', '2026-12-31')).toEqual({ months: Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-01`), dekads: [], days: [] })
  })

  it('reads the edges of a range as dekads and at most nine days each', () => {
    const c = coverRange('2025-12-16', '2026-03-14')
    expect(c.months).toEqual(['2026-01-01', '2026-02-01'])
    expect(c.dekads).toEqual(['2025-12-21', '2026-03-01'])
    expect(c.days).toEqual(['2025-12-16', '2025-12-17', '2025-12-18', '2025-12-19', '2025-12-20', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14'])
  })

  it('covers every day once, whatever the range', () => {
    for (const [from, to] of [['2026-02-03', '2026-02-27'], ['2024-02-21', '2024-03-01'], ['2026-11-30', '2026-11-30'], ['2026-01-11', '2026-04-30']] as const) {
      const c = coverRange(from, to)
      const days = [...c.days]
      for (const m of c.months) for (let d = new Date(`${m}T00:00:00Z`); d.toISOString().slice(0, 7) === m.slice(0, 7); d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10))
      for (const s of c.dekads) for (let d = new Date(`${s}T00:00:00Z`); d.toISOString().slice(0, 10) <= dekadOf(s).end; d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10))
      const want: string[] = []
      for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) want.push(d.toISOString().slice(0, 10))
      expect([from, days.sort()]).toEqual([from, want])
    }
  })

  it('knows a dekad by its day, the last one running to the end of the month (29 February too)', () => {
    expect(dekadOf('2026-03-10')).toEqual({ start: '2026-03-01', end: '2026-03-10' })
    expect(dekadOf('2026-03-11')).toEqual({ start: '2026-03-11', end: '2026-03-20' })
    expect(dekadOf('2024-02-25')).toEqual({ start: '2024-02-21', end: '2024-02-29' })
  })
})
