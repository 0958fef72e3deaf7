import { describe, expect, it } from 'vitest'
import type { Procedure, Service } from '@luot/shared'
import { mergeProcedures, parseProcedureCsv, procedureSlug } from './procedure-csv.js'

const services = [{ id: 'chung-thuc' }, { id: 'tu-phap-ho-tich' }] as Service[]

describe('procedure list CSV', () => {
  it('reads comma or semicolon, a BOM, quotes, CRLF, Vietnamese units and a decimal comma', () => {
    const text = '\uFEFFcode;name;name_en;service_id;amount;unit\r\n1.001;"Chứng thực bản sao; từ bản chính";Certified copy;chung-thuc;0,5;ngày\r\n;Đăng ký khai sinh;;tu-phap-ho-tich;4;giờ\r\n\r\n'
    expect(parseProcedureCsv(text, services)).toEqual([
      { line: 2, code: '1.001', name: { vi: 'Chứng thực bản sao; từ bản chính', en: 'Certified copy' }, serviceId: 'chung-thuc', processing: { amount: 0.5, unit: 'working-days' } },
      { line: 3, name: { vi: 'Đăng ký khai sinh', en: 'Đăng ký khai sinh' }, serviceId: 'tu-phap-ho-tich', processing: { amount: 4, unit: 'working-hours' } },
    ])
  })

  it('refuses the whole list, naming every bad line and why', () => {
    const text = 'code,name,name_en,service_id,amount,unit\nA,Tên,,chung-thuc,1,days\nB,,,dat-dai,0.3,tuần\nC,Tên C,,chung-thuc,2,hours\n'
    const err = (() => {
      try {
        parseProcedureCsv(text, services)
      } catch (e) {
        return e as { code: string; details: string }
      }
    })()
    expect(err?.code).toBe('PROCEDURE_IMPORT_INVALID')
    expect(err?.details.split('\n')).toEqual([expect.stringMatching(/^line 3: name is empty.*unknown service_id "dat-dai".*amount "0.3".*unit "tuần"/)])
    expect(() => parseProcedureCsv('ma,ten\n', services)).toThrow(expect.objectContaining({ code: 'PROCEDURE_IMPORT_INVALID', details: expect.stringContaining('line 1') }))
  })

  it('updates by code (or by name without one), adds the rest with ids from the code or name, and refuses a list naming one procedure twice', () => {
    const old: Procedure[] = [{ id: 'khai-sinh', name: { vi: 'Đăng ký khai sinh', en: 'Birth' }, serviceId: 'tu-phap-ho-tich', processing: { amount: 1, unit: 'working-days' }, active: false }]
    const rows = parseProcedureCsv('code,name,name_en,service_id,amount,unit\n,Đăng ký khai sinh,Birth registration,tu-phap-ho-tich,0.5,ngày\n1.0012,Chứng thực chữ ký,,chung-thuc,0.5,ngày\n', services)
    const { puts, result } = mergeProcedures(old, rows)
    expect(result).toEqual({ added: 1, updated: 1, total: 2 })
    expect(puts).toEqual([
      { id: 'khai-sinh', name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, serviceId: 'tu-phap-ho-tich', processing: { amount: 0.5, unit: 'working-days' }, active: true },
      { id: '1-0012', code: '1.0012', name: { vi: 'Chứng thực chữ ký', en: 'Chứng thực chữ ký' }, serviceId: 'chung-thuc', processing: { amount: 0.5, unit: 'working-days' }, active: true },
    ])
    expect(() => mergeProcedures(old, [...rows, { ...rows[1]!, line: 4 }])).toThrow(expect.objectContaining({ details: 'line 4: the same procedure as line 3' }))
    expect(procedureSlug('Cấp Giấy phép xây dựng — nhà ở riêng lẻ')).toBe('cap-giay-phep-xay-dung-nha-o-rieng')
  })
})
