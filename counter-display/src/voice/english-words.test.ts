import { describe, expect, it } from 'vitest'
import { numberToEnglishWords, ticketNumberToEnglishWords } from './english-words.js'

describe('numberToEnglishWords', () => {
  it.each([
    [0, 'zero'], [7, 'seven'], [13, 'thirteen'], [20, 'twenty'], [25, 'twenty five'], [100, 'one hundred'], [105, 'one hundred five'],
    [1000, 'one thousand'], [1023, 'one thousand twenty three'], [1100, 'one thousand one hundred'], [9999, 'nine thousand nine hundred ninety nine'],
  ])('%i → %s', (n, words) => {
    expect(numberToEnglishWords(n)).toBe(words)
  })

  it.each([-1, 10000, 2.5])('throws RangeError for %s', (n) => {
    expect(() => numberToEnglishWords(n)).toThrow(RangeError)
  })

  it('never leaves an empty word for 0–9999', () => {
    for (let n = 0; n <= 9999; n++) expect(numberToEnglishWords(n)).toMatch(/^[a-z]+( [a-z]+)*$/)
  })
})

describe('ticketNumberToEnglishWords', () => {
  it.each([
    ['A025', 'A twenty five'],
    ['B001', 'B one'],
    ['2001', 'two thousand one'],
    ['123456', 'one two three four five six'],
  ])('%s → %s', (ticket, words) => {
    expect(ticketNumberToEnglishWords(ticket)).toBe(words)
  })
})
