/**
 * TCVN3 (TCVN 5712:1993 VN3) as Epson printers implement it in two code pages,
 * ESC t 30 and ESC t 31 (receipt-printer-encoder's 'epson' mapping, pages
 * 'tcvn3' and 'tcvn3capitals'): page 30 holds the lower-case letters, page 31
 * the same byte positions drawn as capitals, plus Ă Â Đ at A1, A2, A7. ASCII
 * is the same in both. TCVN3 has no single page with every toned capital, so
 * a line switches pages letter by letter as needed.
 *
 * Written out here rather than left to the encoder (v4.0.1) because its
 * tables print some letters as "?": 'tcvn3' has no capitals at all, and
 * 'tcvn3capitals' maps Đ as U+00D0 (Icelandic Ð) instead of U+0110.
 * Printers without page 31 (many non-Epson clones) should use raster mode.
 */
export const TCVN3_LOWER_PAGE = 30
export const TCVN3_UPPER_PAGE = 31

/** Runs of consecutive byte values, starting at the key. */
const LOWER_RUNS: Record<number, string> = {
  0xa8: 'ăâêôơưđ',
  0xb5: 'àảãáạ',
  0xbb: 'ằẳẵắ',
  0xc6: 'ặầẩẫấậè',
  0xce: 'ẻẽéẹềểễếệìỉ',
  0xdc: 'ĩíịò',
  0xe1: 'ỏõóọồổỗốộờởỡớợù',
  0xf1: 'ủũúụừửữứựỳỷỹýỵ',
}

/** Capitals that page 31 holds away from their lower-case position. */
const UPPER_SPECIAL: Record<string, number> = { 'Ă': 0xa1, 'Â': 0xa2, 'Đ': 0xa7 }

/** The byte position of a non-ASCII letter, with the page it is on. */
export interface Tcvn3Glyph {
  page: typeof TCVN3_LOWER_PAGE | typeof TCVN3_UPPER_PAGE
  byte: number
}

function buildTable(): Map<string, Tcvn3Glyph> {
  const table = new Map<string, Tcvn3Glyph>()
  for (const [start, run] of Object.entries(LOWER_RUNS)) {
    ;[...run].forEach((ch, i) => {
      const byte = Number(start) + i
      table.set(ch, { page: TCVN3_LOWER_PAGE, byte })
      const upper = ch.toUpperCase()
      if (!(upper in UPPER_SPECIAL)) table.set(upper, { page: TCVN3_UPPER_PAGE, byte })
    })
  }
  for (const [ch, byte] of Object.entries(UPPER_SPECIAL)) table.set(ch, { page: TCVN3_UPPER_PAGE, byte })
  return table
}

/** Every Vietnamese letter outside ASCII (NFC), upper and lower case: 134 entries. */
export const TCVN3_GLYPHS: ReadonlyMap<string, Tcvn3Glyph> = buildTable()
