/** One cell of an exported table: numbers stay numbers (Excel sums them), empty for null. */
export type Cell = string | number | null

/** A table as both writers take it: the first row is the header. */
export interface Table {
  /** Sheet name (XLSX); at most 31 characters, none of []:*?/\ */
  name: string
  rows: Cell[][]
}

const NEEDS_QUOTES = /[",\r\n;]|^\s|\s$/

function csvCell(c: Cell): string {
  if (c === null) return ''
  const s = typeof c === 'number' ? String(c) : c
  // A leading = + - @ would run as a formula in Excel, and so would one behind a TAB or CR that Excel strips: keep text as text.
  const safe = typeof c === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * RFC 4180 CSV that Excel opens cleanly: UTF-8 with a byte-order mark (without it Excel reads
 * Vietnamese letters as Windows-1252), comma-separated, CRLF line ends.
 */
export function toCsv(rows: Cell[][]): Buffer {
  const text = rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
}
