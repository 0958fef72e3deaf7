import { describe, expect, it } from 'vitest'
import { wholeMonths } from './month-rollup.js'

describe('wholeMonths', () => {
  it.each([
    ['2026-01-01', '2026-12-31', { first: '2026-01-01', last: '2026-12-31' }],
    ['2026-08-20', '2026-10-10', { first: '2026-09-01', last: '2026-09-30' }],
    ['2026-02-01', '2026-02-28', { first: '2026-02-01', last: '2026-02-28' }],
    ['2026-02-01', '2026-02-27', null],
    ['2026-01-31', '2026-03-01', { first: '2026-02-01', last: '2026-02-28' }],
    ['2025-12-15', '2026-01-31', { first: '2026-01-01', last: '2026-01-31' }],
    ['2026-03-05', '2026-03-20', null],
  ])('%s … %s', (from, to, want) => {
    expect(wholeMonths(from, to)).toEqual(want)
  })
})
