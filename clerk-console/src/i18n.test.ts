import { describe, expect, it } from 'vitest'
import { STRINGS, translate } from './i18n.js'

describe('strings', () => {
  it('has every string in Vietnamese and English, with the same placeholders', () => {
    for (const [key, s] of Object.entries(STRINGS)) {
      expect(s.vi.trim(), key).not.toBe('')
      expect(s.en.trim(), key).not.toBe('')
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(names(s.en), key).toEqual(names(s.vi))
    }
  })

  it('fills placeholders and leaves unknown ones', () => {
    expect(translate('vi', 'ticketRecalls', { n: 2, max: 3 })).toBe('Số lần gọi lại: 2/3')
    expect(translate('en', 'finishTitle', { number: '2001' })).toBe('Outcome for 2001')
    expect(translate('vi', 'voiceTemplate')).toBe('Câu gọi ({number}, {counter})')
  })
})
