import { describe, expect, it } from 'vitest'
import type { ProvinceLiveRow } from '@luot/shared'
import { attentionNow, attentionWord, filterRows, groupsOf, liveQueryFromHash, liveQueryHash, longestWaitNow, NO_FILTER, overTarget, sortRows } from './live-view.js'

const row = (slug: string, over: Partial<ProvinceLiveRow> = {}): ProvinceLiveRow => ({
  slug,
  name: slug,
  nameEn: slug,
  kind: 'commune',
  district: '',
  formerDistrict: '',
  open: true,
  waiting: 0,
  openCounters: 1,
  counters: 2,
  longestWaitSeconds: null,
  longestWaitTargetMinutes: null,
  printersDown: [],
  screensDown: [],
  issued: 0,
  served: 0,
  ratingCount: 0,
  satisfiedPercent: null,
  attention: [],
  ...over,
})

describe('province live view', () => {
  it('counts the longest wait on from the push, and flags it only past the target', () => {
    const r = row('a', { longestWaitSeconds: 50, longestWaitTargetMinutes: 1 })
    expect(longestWaitNow(r, 9.7)).toBe(59)
    expect(overTarget(r, 10)).toBe(false) // exactly 60 s: at the target, not over
    expect(overTarget(r, 11)).toBe(true)
    expect(attentionNow(r, 11)).toEqual(['wait-over-target'])
    expect(longestWaitNow(row('b'), 100)).toBeNull()
    expect(overTarget(row('b', { longestWaitSeconds: 9999 }), 0)).toBe(false) // no target known
  })

  it('keeps the server’s reasons in a fixed order, once each, in words', () => {
    const r = row('a', { attention: ['screen-down', 'wait-over-target', 'no-counter-open'], longestWaitSeconds: 600, longestWaitTargetMinutes: 5 })
    expect(attentionNow(r, 0)).toEqual(['no-counter-open', 'wait-over-target', 'screen-down'])
    expect(attentionWord('printer-down', 'vi')).toBe('Máy in hỏng hoặc hết giấy')
    expect(attentionWord('no-counter-open', 'en')).toBe('People waiting, no counter open')
  })

  it('filters by district, former district and needing attention', () => {
    const rows = [
      row('a', { district: 'Cụm 1', formerDistrict: 'Hải Châu' }),
      row('b', { district: 'Cụm 2', formerDistrict: 'Hải Châu', attention: ['printer-down'] }),
      row('c', { district: 'Cụm 1', formerDistrict: 'Sơn Trà', longestWaitSeconds: 30, longestWaitTargetMinutes: 1 }),
    ]
    const slugs = (rs: ProvinceLiveRow[]) => rs.map((r) => r.slug)
    expect(slugs(filterRows(rows, NO_FILTER, 0))).toEqual(['a', 'b', 'c'])
    expect(slugs(filterRows(rows, { ...NO_FILTER, district: 'Cụm 1' }, 0))).toEqual(['a', 'c'])
    expect(slugs(filterRows(rows, { ...NO_FILTER, formerDistrict: 'Hải Châu' }, 0))).toEqual(['a', 'b'])
    expect(slugs(filterRows(rows, { ...NO_FILTER, attentionOnly: true }, 0))).toEqual(['b'])
    expect(slugs(filterRows(rows, { ...NO_FILTER, attentionOnly: true }, 31))).toEqual(['b', 'c']) // c's wait crossed 1 min
    expect(slugs(filterRows(rows, { district: 'Cụm 1', formerDistrict: 'Sơn Trà', attentionOnly: false }, 0))).toEqual(['c'])
    expect(groupsOf(rows, 'formerDistrict')).toEqual(['Hải Châu', 'Sơn Trà'])
    expect(groupsOf([...rows, row('d')], 'district')).toEqual(['Cụm 1', 'Cụm 2'])
  })

  it('sorts by name as Vietnamese reads, by waiting, longest wait, satisfaction (lowest first) and attention', () => {
    const rows = [
      row('x1', { name: 'Xã Ân Nghĩa', nameEn: 'An Nghia', waiting: 3, longestWaitSeconds: 100, satisfiedPercent: 90 }),
      row('x2', { name: 'Phường Đông Hà', nameEn: 'Dong Ha', waiting: 7, longestWaitSeconds: null, satisfiedPercent: null, attention: ['printer-down'] }),
      row('x3', { name: 'Phường Bắc Hà', nameEn: 'Bac Ha', waiting: 3, longestWaitSeconds: 400, satisfiedPercent: 60, attention: ['printer-down', 'screen-down'] }),
      row('x4', { name: 'Xã An Phú', nameEn: 'An Phu', waiting: 0, longestWaitSeconds: 20, satisfiedPercent: 75 }),
    ]
    const order = (s: Parameters<typeof sortRows>[1], lang: 'vi' | 'en' = 'vi') => sortRows(rows, s, lang, 0).map((r) => r.slug)
    expect(order('name')).toEqual(['x3', 'x2', 'x4', 'x1']) // Bắc, Đông (after D), An Phú before Ân Nghĩa
    expect(order('name', 'en')).toEqual(['x1', 'x4', 'x3', 'x2'])
    expect(order('waiting')).toEqual(['x2', 'x3', 'x1', 'x4']) // ties by name
    expect(order('longest')).toEqual(['x3', 'x1', 'x4', 'x2']) // nobody waiting: last
    expect(order('satisfaction')).toEqual(['x3', 'x4', 'x1', 'x2']) // no ratings: last
    expect(order('attention')).toEqual(['x3', 'x2', 'x1', 'x4'])
    expect(rows.map((r) => r.slug)).toEqual(['x1', 'x2', 'x3', 'x4']) // the input untouched
  })

  it('keeps the order and filters in the hash, and reads them back', () => {
    expect(liveQueryHash('attention', NO_FILTER)).toBe('#/live')
    const hash = liveQueryHash('waiting', { district: 'Cụm 1', formerDistrict: '', attentionOnly: true })
    expect(hash).toBe('#/live?sort=waiting&district=C%E1%BB%A5m+1&attention=1')
    expect(liveQueryFromHash(hash)).toEqual({ sort: 'waiting', filter: { district: 'Cụm 1', formerDistrict: '', attentionOnly: true } })
    expect(liveQueryFromHash('#/live?sort=bogus')).toEqual({ sort: 'attention', filter: NO_FILTER })
  })
})
