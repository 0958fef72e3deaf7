import { describe, expect, it } from 'vitest'
import { newTrackingCode } from './ids.js'

describe('tracking codes', () => {
  it('are 12 URL-safe characters and never repeat across many pool refills', () => {
    const codes = Array.from({ length: 5000 }, newTrackingCode)
    for (const c of codes) expect(c).toMatch(/^[A-Za-z0-9_-]{12}$/)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('use every bit: each of the 64 characters turns up in each position over enough codes', () => {
    const codes = Array.from({ length: 4000 }, newTrackingCode)
    for (let pos = 0; pos < 12; pos++) expect(new Set(codes.map((c) => c[pos])).size).toBe(64)
  })
})
