import { describe, expect, it } from 'vitest'
import { canManage, parseProvinceRoute } from './province-router.js'

describe('province pages', () => {
  it('reads the page from the hash, the live view by default', () => {
    expect(parseProvinceRoute('#/reports?from=2026-11-01')).toBe('reports')
    expect(parseProvinceRoute('#/centres')).toBe('centres')
    expect(parseProvinceRoute('#template')).toBe('template')
    expect(parseProvinceRoute('')).toBe('live')
    expect(parseProvinceRoute('#/admin')).toBe('live')
  })
  it('lets only the province admin manage', () => {
    expect(canManage('province-admin')).toBe(true)
    expect(canManage('province-manager')).toBe(false)
  })
})
