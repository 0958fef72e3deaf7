import { describe, expect, it } from 'vitest'
import { numberToVietnameseWords, splitTicketNumber, ticketNumberToVietnameseWords, type VietnameseReading } from './number-words.js'

const PLAIN: Record<string, number> = { không: 0, một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 }
const VOCABULARY = new Set([...Object.keys(PLAIN), 'mười', 'mươi', 'trăm', 'nghìn', 'ngàn', 'linh', 'lẻ', 'mốt', 'lăm', 'tư'])

const READINGS: Required<VietnameseReading>[] = []
for (const four of ['tư', 'bốn'] as const)
  for (const zeroTen of ['linh', 'lẻ'] as const)
    for (const thousand of ['nghìn', 'ngàn'] as const) READINGS.push({ four, zeroTen, thousand })

/**
 * A strict reader of the grammar the rules describe, written without looking
 * at the implementation: it throws on any sequence a Vietnamese announcer
 * would not say (e.g. "mười mốt", "hai mươi năm", "một nghìn năm", a missing
 * "không trăm"), and returns the value otherwise.
 */
function parse(words: string[], reading: Required<VietnameseReading>): number {
  if (words.length === 1 && words[0] === 'không') return 0
  let i = 0
  const next = (): string | undefined => words[i]
  const plain = (min: number): number => {
    const value = PLAIN[words[i] ?? '']
    if (value === undefined || value < min) throw new Error(`expected a digit ≥ ${min} at ${i}: ${words.join(' ')}`)
    i++
    return value
  }
  let total = 0
  const hasThousands = words[1] === reading.thousand
  if (hasThousands) {
    total += plain(1) * 1000
    i++
    if (i === words.length) return total
  }
  const hasHundreds = words[i + 1] === 'trăm'
  if (hasHundreds) {
    total += plain(hasThousands ? 0 : 1) * 100
    i++
  } else if (hasThousands) throw new Error(`"không trăm" missing: ${words.join(' ')}`)
  if (i === words.length) return total
  if (next() === reading.zeroTen) {
    if (!hasHundreds) throw new Error(`"${reading.zeroTen}" without hundreds`)
    i++
    total += plain(1)
  } else {
    let tens = 0
    if (next() === 'mười') {
      tens = 1
      i++
    } else if (words[i + 1] === 'mươi') {
      tens = plain(2)
      i++
    } else if (hasHundreds) throw new Error(`unit after hundreds without "${reading.zeroTen}": ${words.join(' ')}`)
    total += tens * 10
    const unit = next()
    if (unit !== undefined) {
      i++
      if (tens === 0) total += PLAIN[unit] ?? NaN
      else if (unit === 'lăm') total += 5
      else if (tens >= 2 && unit === 'mốt') total += 1
      else if (tens >= 2 && unit === reading.four) total += 4
      else if (unit === 'năm' || (tens >= 2 && (unit === 'một' || unit === 'bốn')) || unit === 'không') throw new Error(`wrong unit "${unit}" after ten`)
      else total += PLAIN[unit] ?? NaN
    }
  }
  if (i !== words.length || Number.isNaN(total)) throw new Error(`cannot read: ${words.join(' ')}`)
  return total
}

describe('numberToVietnameseWords', () => {
  it.each([
    [0, 'không'], [1, 'một'], [4, 'bốn'], [5, 'năm'], [10, 'mười'], [11, 'mười một'], [14, 'mười bốn'], [15, 'mười lăm'],
    [20, 'hai mươi'], [21, 'hai mươi mốt'], [24, 'hai mươi tư'], [25, 'hai mươi lăm'], [55, 'năm mươi lăm'], [91, 'chín mươi mốt'],
    [100, 'một trăm'], [101, 'một trăm linh một'], [104, 'một trăm linh bốn'], [105, 'một trăm linh năm'], [110, 'một trăm mười'],
    [111, 'một trăm mười một'], [115, 'một trăm mười lăm'], [121, 'một trăm hai mươi mốt'], [999, 'chín trăm chín mươi chín'],
    [1000, 'một nghìn'], [1001, 'một nghìn không trăm linh một'], [1005, 'một nghìn không trăm linh năm'],
    [1010, 'một nghìn không trăm mười'], [1015, 'một nghìn không trăm mười lăm'], [1023, 'một nghìn không trăm hai mươi ba'],
    [1100, 'một nghìn một trăm'], [2000, 'hai nghìn'], [2010, 'hai nghìn không trăm mười'], [2024, 'hai nghìn không trăm hai mươi tư'],
    [5555, 'năm nghìn năm trăm năm mươi lăm'], [9999, 'chín nghìn chín trăm chín mươi chín'],
  ])('%i → %s', (n, words) => {
    expect(numberToVietnameseWords(n)).toBe(words)
  })

  it('applies the regional options', () => {
    expect(numberToVietnameseWords(24, { four: 'bốn' })).toBe('hai mươi bốn')
    expect(numberToVietnameseWords(14, { four: 'tư' })).toBe('mười bốn')
    expect(numberToVietnameseWords(105, { zeroTen: 'lẻ' })).toBe('một trăm lẻ năm')
    expect(numberToVietnameseWords(3004, { zeroTen: 'lẻ', thousand: 'ngàn' })).toBe('ba ngàn không trăm lẻ bốn')
  })

  it.each([-1, 10000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws RangeError for %s', (n) => {
    expect(() => numberToVietnameseWords(n)).toThrow(RangeError)
  })

  it.each([['mười mốt'], ['hai mươi năm'], ['một nghìn năm'], ['một trăm năm'], ['một nghìn hai mươi'], ['linh năm'], ['mười tư'], ['hai mươi một']])(
    'the test reader rejects "%s"',
    (text) => {
      expect(() => parse(text.split(' '), { four: 'tư', zeroTen: 'linh', thousand: 'nghìn' })).toThrow()
    },
  )

  it('reads back to n for every 0–9999 under every reading', () => {
    for (const reading of READINGS) {
      for (let n = 0; n <= 9999; n++) {
        const words = numberToVietnameseWords(n, reading).split(' ')
        expect(parse(words, reading), `${n}: ${words.join(' ')}`).toBe(n)
      }
    }
  })

  it('keeps the reading rules for every 0–9999', () => {
    for (let n = 0; n <= 9999; n++) {
      const text = numberToVietnameseWords(n)
      const w = text.split(' ')
      const fail = (rule: string): string => `${n} "${text}": ${rule}`
      const [thousands, hundreds, tens, units] = String(n).padStart(4, '0').split('').map(Number) as [number, number, number, number]
      expect(text, fail('single spaces, trimmed')).toMatch(/^\S+( \S+)*$/)
      w.forEach((word, k) => {
        const before = w[k - 1]
        expect(VOCABULARY.has(word), fail(`unknown word ${word}`)).toBe(true)
        if (word === 'mốt' || word === 'tư') expect(before, fail(`${word} only after mươi`)).toBe('mươi')
        if (word === 'lăm') expect(['mười', 'mươi'], fail('lăm only after a ten')).toContain(before)
        if (word === 'năm') expect(['mười', 'mươi'], fail('năm never right after a ten')).not.toContain(before)
        if (word === 'không' && n !== 0) expect(w[k + 1], fail('không only before trăm')).toBe('trăm')
        if (word === 'linh') {
          expect(before, fail('linh after trăm')).toBe('trăm')
          expect(k, fail('linh is second to last')).toBe(w.length - 2)
        }
      })
      expect(w.includes('linh'), fail('linh iff tens 0, units ≠ 0, hundreds spoken')).toBe(n >= 100 && tens === 0 && units !== 0)
      expect(w.includes('nghìn'), fail('nghìn iff ≥ 1000')).toBe(thousands > 0)
      expect(text.includes('không trăm'), fail('không trăm iff zero hundreds inside a thousand')).toBe(thousands > 0 && hundreds === 0 && n % 1000 !== 0)
      expect(w.includes('mười'), fail('mười iff tens is 1')).toBe(tens === 1)
      expect(w.includes('mươi'), fail('mươi iff tens ≥ 2')).toBe(tens >= 2)
      expect(w.includes('mốt'), fail('mốt iff units 1 after tens ≥ 2')).toBe(tens >= 2 && units === 1)
      expect(w.includes('lăm'), fail('lăm iff units 5 after a ten')).toBe(tens >= 1 && units === 5)
    }
  })
})

describe('ticket numbers', () => {
  it('splits letters and digit runs', () => {
    expect(splitTicketNumber('ab-012')).toEqual([
      { kind: 'letter', letter: 'A' },
      { kind: 'letter', letter: 'B' },
      { kind: 'digits', digits: '012' },
    ])
  })

  it.each([
    ['A025', 'A hai mươi lăm'],
    ['A001', 'A một'],
    ['A000', 'A không'],
    ['B115', 'B một trăm mười lăm'],
    ['AB120', 'A B một trăm hai mươi'],
    ['1023', 'một nghìn không trăm hai mươi ba'],
    ['2001', 'hai nghìn không trăm linh một'],
    ['100234', 'một không không hai ba bốn'],
    ['', ''],
  ])('%s → %s', (ticket, words) => {
    expect(ticketNumberToVietnameseWords(ticket)).toBe(words)
  })

  it('passes the reading options on', () => {
    expect(ticketNumberToVietnameseWords('C104', { zeroTen: 'lẻ' })).toBe('C một trăm lẻ bốn')
  })
})
