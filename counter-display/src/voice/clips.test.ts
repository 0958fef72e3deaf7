import { describe, expect, it } from 'vitest'
import { clipsForCall, DEFAULT_TEMPLATE, planCall, type CallInput } from './clips.js'
import { buildVocabulary, DEFAULT_VOCABULARY_ENTRIES } from './vocabulary.js'

const call = (over: Partial<CallInput> = {}): CallInput => ({
  number: '1023',
  counter: 3,
  template: DEFAULT_TEMPLATE,
  english: false,
  repeat: 1,
  ...over,
})

const ONE_CALL_1023 = ['xin-moi-cong-dan', 'co-so-thu-tu', '1', 'nghin', '0', 'tram', '2', 'muoi2', '3', 'den-quay-so', '3']

describe('clipsForCall', () => {
  it('plays 1023 at counter 3 twice after the chime', () => {
    expect(clipsForCall(call({ repeat: 2 }))).toEqual(['chime', ...ONE_CALL_1023, 'pause', ...ONE_CALL_1023])
  })

  it('spells the letter and reads the value, then the English call once', () => {
    expect(clipsForCall(call({ number: 'A025', counter: 12, english: true }))).toEqual([
      'chime',
      ...['xin-moi-cong-dan', 'co-so-thu-tu', 'letter-a', '2', 'muoi2', 'lam', 'den-quay-so', 'muoi', '2'],
      'pause',
      ...['en-ticket-number', 'en-letter-a', 'en-20', 'en-5', 'pause', 'en-please-come-to-counter', 'en-12'],
    ])
  })

  it('uses the special number words', () => {
    expect(clipsForCall(call({ number: 'B121', counter: 24 })).slice(3)).toEqual(['letter-b', '1', 'tram', '2', 'muoi2', 'mot2', 'den-quay-so', '2', 'muoi2', 'tu'])
    expect(clipsForCall(call({ number: '105', counter: 4, reading: { zeroTen: 'lẻ', four: 'bốn' } })).slice(3)).toEqual(['1', 'tram', 'le', '5', 'den-quay-so', '4'])
    expect(clipsForCall(call({ number: '2000', reading: { thousand: 'ngàn' } })).slice(3, 5)).toEqual(['2', 'ngan'])
  })

  it('covers template variants with phrase and word clips', () => {
    const plan = planCall(call({ template: 'Mời công dân có số {number} đến quầy {counter}.', number: 'C7' }))
    expect(plan.clips).toEqual(['chime', 'moi-cong-dan', 'word-co', 'word-so', 'letter-c', '7', 'word-den', 'word-quay', '3'])
    expect(plan.missing).toEqual([])
    expect(planCall(call({ template: 'Xin mời số thứ tự {number} vui lòng đến quầy số {counter}' })).clips.slice(1, 3)).toEqual(['xin-moi', 'so-thu-tu'])
  })

  it('matches words typed with combining marks or capitals', () => {
    expect(clipsForCall(call({ template: DEFAULT_TEMPLATE.normalize('NFD').toUpperCase().replace('{NUMBER}', '{number}').replace('{COUNTER}', '{counter}') }))).toEqual([
      'chime',
      ...ONE_CALL_1023,
    ])
  })

  it('reports words no clip covers and skips them in the clips', () => {
    const plan = planCall(call({ template: 'Kính mời ông bà có số thứ tự {number} đến quầy số {counter}, xin cảm ơn', repeat: 2 }))
    expect(plan.missing).toEqual(['Kính', 'ông', 'bà', 'cảm', 'ơn'])
    expect(plan.clips.slice(0, 3)).toEqual(['chime', 'word-moi', 'co-so-thu-tu'])
    expect(plan.clips).not.toContain(undefined)
  })

  it('gives the call as text for speech synthesis', () => {
    expect(planCall(call({ number: 'A025', repeat: 2, english: true, templateEn: 'Number {number}, counter {counter}' })).speech).toEqual([
      { lang: 'vi-VN', text: 'Xin mời công dân có số thứ tự A hai mươi lăm đến quầy số ba' },
      { lang: 'vi-VN', text: 'Xin mời công dân có số thứ tự A hai mươi lăm đến quầy số ba' },
      { lang: 'en-US', text: 'Number A twenty five, counter three' },
    ])
  })

  it('treats repeat below 1 or not a number as once', () => {
    expect(clipsForCall(call({ repeat: 0 }))).toEqual(['chime', ...ONE_CALL_1023])
    expect(clipsForCall(call({ repeat: Number.NaN }))).toEqual(['chime', ...ONE_CALL_1023])
  })

  it('reports a letter without a clip and leaves out sounds the vocabulary lacks', () => {
    const noLetters = buildVocabulary(DEFAULT_VOCABULARY_ENTRIES.filter((e) => e.kind !== 'letter' && e.kind !== 'sound'))
    const plan = planCall(call({ number: 'Q1', repeat: 2 }), noLetters)
    expect(plan.missing).toEqual(['Q'])
    expect(plan.clips).not.toContain('chime')
    expect(plan.clips).not.toContain('pause')
  })

  it('has a clip for every word of every number and counter in both languages', () => {
    for (let n = 0; n <= 9999; n += 1) {
      const plan = planCall(call({ number: `Z${n}`, counter: n, english: true, reading: { four: n % 2 ? 'bốn' : 'tư', zeroTen: n % 3 ? 'linh' : 'lẻ', thousand: n % 5 ? 'nghìn' : 'ngàn' } }))
      if (plan.missing.length > 0) throw new Error(`${n}: no clip for ${plan.missing.join(', ')}`)
    }
  })
})
