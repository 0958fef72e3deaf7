/**
 * Vietnamese number reading for announcements: 0–9999 as words, and ticket
 * numbers such as "A025" as a letter followed by the number's value.
 */

/** Regional choices in reading numbers; every default is the common official reading. */
export interface VietnameseReading {
  /** 4 after a ten of twenty or more: "hai mươi tư" (default) or "hai mươi bốn". */
  four?: 'tư' | 'bốn'
  /** A zero ten before a non-zero unit: "một trăm linh năm" (default) or "một trăm lẻ năm". */
  zeroTen?: 'linh' | 'lẻ'
  /** 1000: "nghìn" (default, northern and official) or "ngàn" (southern). */
  thousand?: 'nghìn' | 'ngàn'
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const

function digitWord(d: number): string {
  const word = DIGITS[d]
  if (word === undefined) throw new RangeError(`not a digit: ${d}`)
  return word
}

/** Tens and units of 1–99 (never 0), with the "mười / mươi / mốt / lăm / tư" rules. */
function tensAndUnits(n: number, reading: Required<VietnameseReading>): string[] {
  const tens = Math.floor(n / 10)
  const units = n % 10
  if (tens === 0) return [digitWord(units)]
  const words = tens === 1 ? ['mười'] : [digitWord(tens), 'mươi']
  if (units === 0) return words
  if (units === 5) return [...words, 'lăm']
  if (units === 1 && tens >= 2) return [...words, 'mốt']
  if (units === 4 && tens >= 2) return [...words, reading.four]
  return [...words, digitWord(units)]
}

/** 1–999 read inside a larger number (full: "không trăm" and "linh" are spoken). */
function hundredsGroup(n: number, full: boolean, reading: Required<VietnameseReading>): string[] {
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  if (hundreds === 0 && !full) return tensAndUnits(rest, reading)
  const words = [digitWord(hundreds), 'trăm']
  if (rest === 0) return words
  if (rest < 10) return [...words, reading.zeroTen, digitWord(rest)]
  return [...words, ...tensAndUnits(rest, reading)]
}

/**
 * The words of an integer 0–9999 as an announcer reads it, e.g.
 * 1023 → "một nghìn không trăm hai mươi ba", 105 → "một trăm linh năm",
 * 21 → "hai mươi mốt", 15 → "mười lăm", 24 → "hai mươi tư".
 * @throws RangeError for anything else (negative, fractional, ≥ 10000, NaN).
 */
export function numberToVietnameseWords(n: number, options: VietnameseReading = {}): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`cannot read ${n}: only integers 0–9999`)
  const reading: Required<VietnameseReading> = { four: 'tư', zeroTen: 'linh', thousand: 'nghìn', ...options }
  if (n === 0) return DIGITS[0]
  const thousands = Math.floor(n / 1000)
  const rest = n % 1000
  const words: string[] = []
  if (thousands > 0) words.push(digitWord(thousands), reading.thousand)
  if (rest > 0) words.push(...hundredsGroup(rest, thousands > 0, reading))
  return words.join(' ')
}

/** One run of a ticket number: letters are spelled, digits read together. */
export type TicketPart = { kind: 'letter'; letter: string } | { kind: 'digits'; digits: string }

/**
 * Splits a ticket number into letters (upper-cased, one part each) and digit
 * runs, e.g. "A025" → A, "025". Anything else (spaces, dashes) is dropped.
 */
export function splitTicketNumber(ticket: string): TicketPart[] {
  const parts: TicketPart[] = []
  for (const [run] of ticket.toUpperCase().matchAll(/[A-Z]+|[0-9]+/g)) {
    if (/^[0-9]/.test(run)) parts.push({ kind: 'digits', digits: run })
    else for (const letter of run) parts.push({ kind: 'letter', letter })
  }
  return parts
}

/**
 * How a ticket number is called, as words separated by single spaces.
 * Letters stay as upper-case letters (each is spoken by its own clip, "A" →
 * "a", "B" → "bê"); a digit run is read as its value without the leading
 * zeros the ticket prints, as centres call it: "A025" → "A hai mươi lăm",
 * "1023" → "một nghìn không trăm hai mươi ba". Runs longer than 9999 (block
 * numbers go to 999999) are read digit by digit: "100234" → "một không …".
 */
export function ticketNumberToVietnameseWords(ticket: string, options: VietnameseReading = {}): string {
  const words: string[] = []
  for (const part of splitTicketNumber(ticket)) {
    if (part.kind === 'letter') words.push(part.letter)
    else if (Number(part.digits) <= 9999) words.push(numberToVietnameseWords(Number(part.digits), options))
    else words.push(...[...part.digits].map((d) => digitWord(Number(d))))
  }
  return words.join(' ')
}
