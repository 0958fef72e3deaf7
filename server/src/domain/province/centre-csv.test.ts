import { describe, expect, it } from 'vitest'
import { parseCentreCsv } from './centre-csv.js'

describe('parseCentreCsv', () => {
  it('reads the named columns in any order, semicolons too, with a BOM and quoted commas', () => {
    const rows = parseCentreCsv('\uFEFFname;slug;formerDistrict\r\n"Xã Hòa Vang; mới";xa-hoa-vang;Huyện Hòa Vang\r\n\r\n')
    expect(rows).toEqual([{ name: 'Xã Hòa Vang; mới', slug: 'xa-hoa-vang', formerDistrict: 'Huyện Hòa Vang' }])
  })

  it('names every bad line and returns nothing: a bad slug, a missing name, a slug twice, an unknown kind', () => {
    const csv = 'slug,name,kind\nxa-a,Xã A,commune\nXa B,Xã B,\nxa-c,,\nxa-a,Xã A lần hai,\nxa-d,Xã D,village\n'
    expect(() => parseCentreCsv(csv)).toThrow(expect.objectContaining({ code: 'CENTRE_IMPORT_INVALID', details: expect.stringMatching(/line 3[\s\S]*line 4[\s\S]*line 5: the slug xa-a[\s\S]*line 6/) }))
  })

  it('refuses a header without slug and name, or with a column it does not know', () => {
    expect(() => parseCentreCsv('ten,slug\nXã A,xa-a\n')).toThrow(expect.objectContaining({ code: 'CENTRE_IMPORT_INVALID' }))
    expect(() => parseCentreCsv('slug,name,password\nxa-a,Xã A,secret\n')).toThrow(expect.objectContaining({ details: expect.stringContaining('unknown: password') }))
    expect(() => parseCentreCsv('slug,name\n')).toThrow(expect.objectContaining({ details: 'no centre in the file' }))
  })
})
