import { describe, expect, it } from 'vitest'
import { pageAt } from './paging.js'

const list = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

describe('pageAt', () => {
  it('shows everything on one page when it fits', () => {
    expect(pageAt(list(8), 8, 5)).toEqual({ items: list(8), index: 0, count: 1 })
    expect(pageAt([], 8, 3)).toEqual({ items: [], index: 0, count: 1 })
  })

  it('balances the pages and rotates through them', () => {
    expect(pageAt(list(11), 8, 0)).toEqual({ items: [1, 2, 3, 4, 5, 6], index: 0, count: 2 })
    expect(pageAt(list(11), 8, 1)).toEqual({ items: [7, 8, 9, 10, 11], index: 1, count: 2 })
    expect(pageAt(list(11), 8, 2).index).toBe(0)
    expect(pageAt(list(40), 12, 3)).toEqual({ items: list(40).slice(30), index: 3, count: 4 })
  })

  it('never shows more than fits', () => {
    for (let n = 0; n < 60; n++) for (let tick = 0; tick < 6; tick++) expect(pageAt(list(n), 7, tick).items.length).toBeLessThanOrEqual(7)
  })
})
