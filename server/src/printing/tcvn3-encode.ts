import { TCVN3_GLYPHS, TCVN3_LOWER_PAGE, type Tcvn3Glyph } from './tcvn3-table.js'

const ESC = 0x1b

/** Typographic characters TCVN3 lacks, with the ASCII printed instead. */
const ASCII_FALLBACK: Record<string, string> = {
  '\u2013': '-', '\u2014': '-', '\u2012': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"',
  '\u2026': '...', '\u00a0': ' ', '\u2022': '*', '\u00b7': '.',
}

/**
 * Rewrites text into characters TCVN3 can print: NFC, typographic punctuation
 * to ASCII, other accented Latin letters without their accents (ç → c).
 * Vietnamese letters are kept; anything else left becomes "?".
 */
export function toTcvn3Text(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) {
    if (isAscii(ch) || TCVN3_GLYPHS.has(ch)) out += ch
    else if (ch in ASCII_FALLBACK) out += ASCII_FALLBACK[ch]
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '')
      out += base.length > 0 && [...base].every(isAscii) ? base : '?'
    }
  }
  return out
}

function isAscii(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0
  return c >= 0x20 && c < 0x7f
}

/**
 * Encodes one line for an Epson TCVN3 printer: ESC t 30 / ESC t 31 switch
 * between the lower-case and capitals pages as letters need, ASCII rides in
 * whichever page is selected. The line always starts by selecting its page,
 * so lines do not depend on each other's state.
 */
export function encodeTcvn3(text: string): Uint8Array {
  const bytes: number[] = []
  let page = -1
  const select = (p: number): void => {
    if (p !== page) bytes.push(ESC, 0x74, p)
    page = p
  }
  for (const ch of toTcvn3Text(text)) {
    const glyph: Tcvn3Glyph | undefined = TCVN3_GLYPHS.get(ch)
    if (glyph) {
      select(glyph.page)
      bytes.push(glyph.byte)
    } else {
      if (page === -1) select(TCVN3_LOWER_PAGE)
      bytes.push(ch.codePointAt(0) ?? 0x3f)
    }
  }
  if (page === -1) select(TCVN3_LOWER_PAGE)
  return Uint8Array.from(bytes)
}
