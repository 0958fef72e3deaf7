/** Width of a string in the caller's unit (columns, dots…). */
export type Measure = (text: string) => number

/** Width in columns of a single-byte code page: one column per (NFC) code point. */
export const columnsOf: Measure = (text) => [...text].length

/**
 * Greedy word wrap: lines never exceed `maxWidth`, words are kept whole and
 * only a word wider than a whole line is broken between characters. Runs of
 * white space collapse to one space; an empty text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure = columnsOf): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0)
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`
    if (measure(candidate) <= maxWidth) {
      current = candidate
      continue
    }
    if (current !== '') lines.push(current)
    current = ''
    for (const piece of breakWord(word, maxWidth, measure)) {
      if (current !== '') lines.push(current)
      current = piece
    }
  }
  if (current !== '') lines.push(current)
  return lines
}

/** Cuts a word into pieces that each fit, keeping at least one character per piece. */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  if (measure(word) <= maxWidth) return [word]
  const pieces: string[] = []
  let piece = ''
  for (const ch of word) {
    if (piece !== '' && measure(piece + ch) > maxWidth) {
      pieces.push(piece)
      piece = ''
    }
    piece += ch
  }
  if (piece !== '') pieces.push(piece)
  return pieces
}
