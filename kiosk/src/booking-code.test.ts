import { describe, expect, it } from 'vitest'
import { codeFromScan, formatCode, isBookingCode, normalizeCode, trackingFromScan } from './booking-code.js'

describe('booking code', () => {
  it('reads typed input the Crockford way', () => {
    expect(normalizeCode('abcde-fghij-klmno')).toBe('ABCDEFGH1JK1MN0')
    expect(normalizeCode(' 7k3q9 xmp2r  d8w4t ')).toBe('7K3Q9XMP2RD8W4T')
  })
  it('accepts 15 Crockford characters only', () => {
    expect(isBookingCode('7K3Q9XMP2RD8W4T')).toBe(true)
    expect(isBookingCode('7K3Q9XMP2RD8W4')).toBe(false)
    expect(isBookingCode('7K3Q9XMP2RD8W4U')).toBe(false)
    expect(isBookingCode(normalizeCode('7K3Q9-XMP2R-D8W4!'))).toBe(false)
  })
  it('groups by five', () => {
    expect(formatCode('7K3Q9XMP2RD8W4T')).toBe('7K3Q9-XMP2R-D8W4T')
    expect(formatCode('7K3Q9XM')).toBe('7K3Q9-XM')
    expect(formatCode('')).toBe('')
  })
  it('finds the code in a scan: bare, grouped, or at the end of a link', () => {
    expect(codeFromScan('7K3Q9XMP2RD8W4T')).toBe('7K3Q9XMP2RD8W4T')
    expect(codeFromScan('7k3q9-xmp2r-d8w4t')).toBe('7K3Q9XMP2RD8W4T')
    expect(codeFromScan('http://192.168.1.5:3000/book/?code=7K3Q9-XMP2R-D8W4T')).toBe('7K3Q9XMP2RD8W4T')
    expect(codeFromScan('http://example.org/t/abc')).toBeNull()
    expect(codeFromScan('7K3Q9XMP2RD8W4U')).toBeNull()
  })
  it('finds the tracking code in a scanned tracking link, and nothing in other text', () => {
    expect(trackingFromScan('http://192.168.1.5:3000/t/Ab3_x-9QzT1k')).toBe('Ab3_x-9QzT1k')
    expect(trackingFromScan('http://luot.example/centre/t/Ab3_x-9QzT1k/')).toBe('Ab3_x-9QzT1k')
    expect(trackingFromScan('7K3Q9XMP2RD8W4T')).toBeNull()
    expect(trackingFromScan('http://luot.example/book/')).toBeNull()
  })
})
