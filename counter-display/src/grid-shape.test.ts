import { describe, expect, it } from 'vitest'
import { gridShape } from './grid-shape.js'

describe('gridShape', () => {
  it('fits every tile, with no empty row', () => {
    for (let n = 1; n <= 60; n++) {
      const { cols, rows } = gridShape(n, 0.9)
      expect(cols * rows).toBeGreaterThanOrEqual(n)
      expect(cols * (rows - 1)).toBeLessThan(n)
    }
  })

  it('picks sensible shapes for a tall panel', () => {
    expect(gridShape(8, 0.9)).toEqual({ cols: 2, rows: 4 })
    expect(gridShape(25, 0.9)).toEqual({ cols: 4, rows: 7 })
  })

  it('uses more columns in a wide panel', () => {
    expect(gridShape(8, 3)).toEqual({ cols: 4, rows: 2 })
  })
})
