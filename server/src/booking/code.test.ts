import { describe, expect, it } from 'vitest'
import { newBookingCode, normaliseBookingCode } from './code.js'

describe('booking codes', () => {
  it('are 15 Crockford base32 characters from 75 random bits', () => {
    expect(newBookingCode(() => new Uint8Array(10))).toBe('000000000000000')
    expect(newBookingCode(() => new Uint8Array(10).fill(255))).toBe('ZZZZZZZZZZZZZZZ')
    const codes = new Set(Array.from({ length: 2000 }, () => newBookingCode()))
    expect(codes.size).toBe(2000)
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{15}$/)
  })

  it('are read back as typed: dashes, spaces, lower case, O for 0 and I or L for 1', () => {
    expect(normaliseBookingCode('abcde-fghjk-mnpqo')).toBe('ABCDEFGHJKMNPQ0')
    expect(normaliseBookingCode('1lI 23')).toBe('11123')
  })
})
