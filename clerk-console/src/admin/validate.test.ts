import { describe, expect, it } from 'vitest'
import type { Centre, Counter, Service, Settings } from '@luot/shared'
import { checkCentre, checkCounter, checkService, checkSettings, checkUser, withoutEmptyShortLabel } from './validate.js'

const service = (extra: Partial<Service> = {}): Service => ({ id: 'dat-dai', code: 'DD', name: { vi: 'Đất đai', en: 'Land' }, numberFormat: { kind: 'block', start: 5001, end: 5999 }, dailyCap: 200, targetWaitMinutes: 20, defaultServiceMinutes: 15, active: true, ...extra })
const keys = (p: Record<string, { key: string }>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.key]))

describe('admin validation (same limits as the server schemas)', () => {
  it('accepts a good service and names every bad field', () => {
    expect(checkService(service(), [])).toEqual({})
    const bad = service({ id: 'Đất Đai', code: 'dd', name: { vi: '', en: 'Land' }, numberFormat: { kind: 'block', start: 6000, end: 5000 }, targetWaitMinutes: 0, defaultServiceMinutes: 0.1 })
    expect(keys(checkService(bad, []))).toEqual({ id: 'errId', code: 'errCode', 'name.vi': 'errRequired', end: 'errBlock', targetWaitMinutes: 'errRange', defaultServiceMinutes: 'errRange' })
  })

  it('takes an optional short label, both languages or none', () => {
    expect(checkService(service({ shortLabel: { vi: 'Hộ kinh doanh', en: 'Household business' } }), [])).toEqual({})
    expect(keys(checkService(service({ shortLabel: { vi: 'Hộ kinh doanh', en: '' } }), []))).toEqual({ 'shortLabel.en': 'errRequired' })
    expect(keys(checkService(service({ shortLabel: { vi: 'x'.repeat(41), en: 'y' } }), []))).toEqual({ 'shortLabel.vi': 'errTooLong' })
    expect(withoutEmptyShortLabel(service({ shortLabel: { vi: ' ', en: '' } }))).toEqual(service())
    expect(withoutEmptyShortLabel(service({ shortLabel: { vi: 'HKD', en: '' } })).shortLabel).toEqual({ vi: 'HKD', en: '' })
  })

  it('refuses ids, codes and prefixes another service has', () => {
    const other = service({ id: 'tra-ket-qua', code: 'TK', numberFormat: { kind: 'prefix', prefix: 'K' } })
    expect(keys(checkService(service({ id: 'tra-ket-qua', code: 'TK', numberFormat: { kind: 'prefix', prefix: 'K' } }), [other]))).toEqual({ id: 'errDuplicate', code: 'errDuplicate', prefix: 'errDuplicate' })
    expect(checkService(service({ dailyCap: NaN }), []).dailyCap?.params).toEqual({ min: 0, max: 100000 })
  })

  it('checks counters, users and opening hours', () => {
    const c: Counter = { id: 'c9', number: 1, name: { vi: 'Quầy 9', en: 'Counter 9' }, serviceIds: ['a', 'a'] }
    expect(keys(checkCounter(c, [{ ...c, id: 'c1' }]))).toEqual({ number: 'errDuplicate', 'serviceIds.1': 'errDuplicate' })
    expect(keys(checkUser({ username: 'Nguyễn', displayName: '', password: 'short' }, true))).toEqual({ username: 'errUsername', displayName: 'errRequired', password: 'errPassword' })
    expect(checkUser({ username: 'x', displayName: 'Lan' }, false)).toEqual({})
    const centre = { name: 'TT', nameEn: 'C', province: 'ĐN', commune: '', address: '', hotline: '', timeZone: 'Mars/Olympus', publicBaseUrl: '', openingHours: { enforce: true, weekdays: [[], [{ start: '11:00', end: '07:00' }], [], [], [], [], []] } } as Centre
    expect(keys(checkCentre(centre))).toEqual({ timeZone: 'errTimeZone', 'hours.1.0': 'errTime' })
  })

  it('checks the whole settings object', () => {
    const s = {
      recallLimit: 11,
      priorityGroups: [{ id: 'a', name: { vi: 'A', en: 'A' } }, { id: 'a', name: { vi: 'B', en: 'B' } }],
      priorityPolicy: { mode: 'interleave', every: 0 },
      rating: { levels: [{ value: 5, name: { vi: 'Tốt', en: 'Good' } }], satisfiedMin: 4, lowMax: 2, lowReasons: [], lateWindowHours: 200 },
      outcomes: [],
      printers: [{ id: 'p1', name: 'Máy in', kioskId: '*', host: '', port: 70000, paper: 80, textMode: 'raster', enabled: true }],
      ticker: [''],
      kioskReturnSeconds: 20,
      voice: { template: 'x', templateEn: 'x', repeat: 2, english: false },
    } as unknown as Settings
    expect(keys(checkSettings(s))).toEqual({ recallLimit: 'errRange', every: 'errRange', 'priorityGroups.dup.1': 'errDuplicate', outcomes: 'errRequired', 'printers.0.host': 'errRequired', 'printers.0.port': 'errRange', 'ticker.0': 'errRequired', lateWindowHours: 'errRange' })
  })
})
