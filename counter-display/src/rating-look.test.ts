import { describe, expect, it } from 'vitest'
import { levelLook } from './rating-look.js'

describe('levelLook', () => {
  it('runs from a green smile to a red frown on the default five levels', () => {
    expect([0, 1, 2, 3, 4].map((i) => levelLook(i, 5).smile)).toEqual([1, 0.5, 0, -0.5, -1])
    expect(levelLook(0, 5)).toEqual({ hue: 130, smile: 1, brows: false })
    expect(levelLook(4, 5)).toEqual({ hue: 0, smile: -1, brows: true })
  })

  it('spreads shorter and longer scales over the same range', () => {
    expect([0, 1, 2].map((i) => levelLook(i, 3).smile)).toEqual([1, 0, -1])
    expect(levelLook(9, 10)).toEqual({ hue: 0, smile: -1, brows: true })
    expect(levelLook(0, 1).smile).toBe(1)
  })
})
