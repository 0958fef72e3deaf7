export type { TicketPrint } from '@luot/shared'

/** Paper width in mm: 80 mm = 576 dots (48 columns), 58 mm = 384 dots (32 columns). */
export type PaperWidth = 80 | 58

/**
 * How text reaches the paper: 'tcvn3' uses the printer's TCVN3 code pages (Epson ESC t 30/31)
 * and its native QR command; 'raster' draws the whole ticket as one bitmap (works on any printer).
 */
export type TextMode = 'tcvn3' | 'raster'

export interface PrintOptions {
  paper: PaperWidth
  textMode: TextMode
}

/** A raw TCP printer (port 9100). */
export interface PrinterTarget {
  host: string
  port: number
}

/** A configured printer: where it is and how to encode for it. */
export interface PrinterConfig extends PrinterTarget, PrintOptions {}

export interface SendOptions {
  /** Bound on connect + write + clean close, in ms. Default 3000. */
  timeoutMs?: number
}

/** Printable width in dots at 203 dpi. */
export function paperDots(paper: PaperWidth): number {
  return paper === 80 ? 576 : 384
}

/** Characters per line in font A (12 × 24 dots). */
export function paperColumns(paper: PaperWidth): number {
  return paper === 80 ? 48 : 32
}
