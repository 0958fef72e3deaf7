import { describe, expect, it } from 'vitest'
import { trackingCodeFrom } from './tracking-code.js'

describe('trackingCodeFrom', () => {
  it('reads the code at the root and under a prefix', () => {
    expect(trackingCodeFrom('/t/Ab3_x-9QzK')).toBe('Ab3_x-9QzK')
    expect(trackingCodeFrom('/hcc/luot/t/Ab3_x-9QzK/')).toBe('Ab3_x-9QzK')
  })
  it('refuses what cannot be a code', () => {
    expect(trackingCodeFrom('/t/')).toBeNull()
    expect(trackingCodeFrom('/t/short')).toBeNull()
    expect(trackingCodeFrom('/t/has%20space1')).toBeNull()
    expect(trackingCodeFrom('/t/%E0%A4%A')).toBeNull()
    expect(trackingCodeFrom('/kiosk/')).toBeNull()
  })
})
