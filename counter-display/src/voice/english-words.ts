/**
 * English number reading for the optional English announcement, word by word
 * so each word is one clip: 1023 → "one thousand twenty three" (no "and",
 * no hyphen), and tickets the same way as in Vietnamese: "A025" → "A twenty five".
 */
import { splitTicketNumber } from './number-words.js'

const SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const

function below100(n: number): string[] {
  if (n < 20) return [SMALL[n] ?? '']
  const units = n % 10
  const tens = TENS[Math.floor(n / 10)] ?? ''
  return units === 0 ? [tens] : [tens, SMALL[units] ?? '']
}

/**
 * The words of an integer 0–9999 in English, e.g. 1023 → "one thousand twenty three".
 * @throws RangeError outside 0–9999 or for a non-integer.
 */
export function numberToEnglishWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`cannot read ${n}: only integers 0–9999`)
  if (n === 0) return 'zero'
  const words: string[] = []
  const thousands = Math.floor(n / 1000)
  const hundreds = Math.floor((n % 1000) / 100)
  const rest = n % 100
  if (thousands > 0) words.push(SMALL[thousands] ?? '', 'thousand')
  if (hundreds > 0) words.push(SMALL[hundreds] ?? '', 'hundred')
  if (rest > 0) words.push(...below100(rest))
  return words.join(' ')
}

/** A ticket number in English: letters as upper-case letters, digit runs by value (digit by digit above 9999). */
export function ticketNumberToEnglishWords(ticket: string): string {
  const words: string[] = []
  for (const part of splitTicketNumber(ticket)) {
    if (part.kind === 'letter') words.push(part.letter)
    else if (Number(part.digits) <= 9999) words.push(numberToEnglishWords(Number(part.digits)))
    else words.push(...[...part.digits].map((d) => SMALL[Number(d)] ?? ''))
  }
  return words.join(' ')
}
