import { describe, expect, it } from 'vitest'
import { badLines, csvCentreCount, draftProblems, draftToCreate, EMPTY_DRAFT, slugFromName } from './centre-draft.js'

describe('create-a-centre form', () => {
  it('suggests a URL name from a Vietnamese name', () => {
    expect(slugFromName('Phường Hải Châu')).toBe('phuong-hai-chau')
    expect(slugFromName('  Xã Đắk Glei (cũ) ')).toBe('xa-dak-glei-cu')
    expect(slugFromName('Trung tâm Phục vụ hành chính công tỉnh Quảng Trị — chi nhánh số 2')).toBe('trung-tam-phuc-vu-hanh-chinh-cong-tinh-q') // at most 40
  })

  it('refuses what the server would: no or bad slug, no name, too long', () => {
    expect(draftProblems(EMPTY_DRAFT)).toEqual({ slug: { key: 'errRequired' }, name: { key: 'errRequired' } })
    expect(draftProblems({ ...EMPTY_DRAFT, slug: 'Hai-Chau', name: 'x' })).toEqual({ slug: { key: 'pErrSlug' } })
    expect(draftProblems({ ...EMPTY_DRAFT, slug: 'hai-chau-', name: 'x' })).toEqual({ slug: { key: 'pErrSlug' } })
    expect(draftProblems({ ...EMPTY_DRAFT, slug: 'hai-chau', name: 'Phường Hải Châu', hotline: '1'.repeat(61) })).toEqual({ hotline: { key: 'errTooLong' } })
    expect(draftProblems({ ...EMPTY_DRAFT, slug: 'a', name: 'A' })).toEqual({})
  })

  it('sends only the fields filled in, trimmed', () => {
    expect(draftToCreate({ ...EMPTY_DRAFT, slug: 'hai-chau', name: ' Phường Hải Châu ', district: 'Cụm 1 ', hotline: '  ' })).toEqual({ slug: 'hai-chau', name: 'Phường Hải Châu', kind: 'commune', district: 'Cụm 1' })
  })

  it('counts the centres of a CSV batch, with or without its header', () => {
    expect(csvCentreCount('slug,name\nhai-chau,Phường Hải Châu\n\r\nson-tra,Phường Sơn Trà\n')).toBe(2)
    expect(csvCentreCount('hai-chau,Phường Hải Châu')).toBe(1)
    expect(csvCentreCount('')).toBe(0)
  })

  it('lists the bad lines of a refused batch', () => {
    expect(badLines('line 3: slug "Phường Sai" is not a URL name\nline 5: name is missing\n')).toEqual(['line 3: slug "Phường Sai" is not a URL name', 'line 5: name is missing'])
    expect(badLines(undefined)).toEqual([])
  })
})
