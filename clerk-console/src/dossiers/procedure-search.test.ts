import { describe, expect, it } from 'vitest'
import type { Procedure } from '@luot/shared'
import { fold, searchProcedures } from './procedure-search.js'

const p = (id: string, vi: string, serviceId: string, extra: Partial<Procedure> = {}): Procedure => ({ id, name: { vi, en: `${vi} (en)` }, serviceId, processing: { amount: 3, unit: 'working-days' }, active: true, ...extra })
const all = [
  p('khai-sinh', 'Đăng ký khai sinh', 'tu-phap', { code: '1.001193.000.00.00.H12' }),
  p('ket-hon', 'Đăng ký kết hôn', 'tu-phap'),
  p('chung-thuc-ban-sao', 'Chứng thực bản sao từ bản chính', 'chung-thuc'),
  p('cu', 'Đăng ký khai tử (cũ)', 'tu-phap', { active: false }),
]

describe('the procedure catalogue search', () => {
  it('folds diacritics and đ', () => {
    expect(fold('Đăng KÝ khai sinh')).toBe('dang ky khai sinh')
  })

  it('matches every word typed, with or without diacritics, and by code; never a retired procedure', () => {
    expect(searchProcedures(all, 'dang ky', 'tu-phap', 'vi').here.map((x) => x.id)).toEqual(['ket-hon', 'khai-sinh'])
    expect(searchProcedures(all, '001193', 'chung-thuc', 'vi')).toEqual({ here: [], other: [all[0]] })
    expect(searchProcedures(all, 'khai', 'tu-phap', 'vi').here.map((x) => x.id)).toEqual(['khai-sinh'])
  })

  it("lists the ticket's service area first, the others after", () => {
    const r = searchProcedures(all, '', 'chung-thuc', 'vi')
    expect(r.here.map((x) => x.id)).toEqual(['chung-thuc-ban-sao'])
    expect(r.other.map((x) => x.id)).toEqual(['ket-hon', 'khai-sinh'])
  })
})
