import type ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import { createEncoder } from './escpos-job.js'
import { encodeTcvn3, toTcvn3Text } from './tcvn3-encode.js'
import type { TextRole, TicketBlock } from '@luot/shared'
import { paperColumns, type PaperWidth } from './ticket-print.js'
import { wrapText } from './wrap-text.js'

interface Tcvn3Style {
  /** Character width and height multipliers (GS !). */
  width: number
  height: number
  bold: boolean
}

const STYLES: Record<Exclude<TextRole, 'number'>, Tcvn3Style> = {
  centre: { width: 1, height: 1, bold: true },
  subtitle: { width: 1, height: 1, bold: false },
  heading: { width: 2, height: 2, bold: true },
  service: { width: 1, height: 2, bold: true },
  detail: { width: 1, height: 1, bold: false },
  priority: { width: 1, height: 2, bold: true },
  hotline: { width: 1, height: 1, bold: false },
  footer: { width: 1, height: 1, bold: false },
}

/** Largest multiplier (≤ 6) at which the number fits one line. */
function numberScale(number: string, columns: number): number {
  return Math.max(1, Math.min(6, Math.floor(columns / Math.max(1, [...number].length))))
}

/**
 * A printed layout (a ticket, a dossier slip) as printer text: Vietnamese through the TCVN3 code
 * pages, the number in GS ! magnified characters, the QR code as GS ( k carrying the URL. Lines
 * are wrapped and centred here (with spaces) rather than by the encoder, because the text goes in
 * as raw TCVN3 bytes.
 */
export function encodeTcvn3Blocks(blocks: readonly TicketBlock[], paper: PaperWidth): Uint8Array {
  const columns = paperColumns(paper)
  const encoder = createEncoder(paper).initialize()
  const line = (text: string, style: Tcvn3Style): void => {
    const width = Math.floor(columns / style.width)
    for (const part of wrapText(toTcvn3Text(text), width)) {
      // Centre in normal-width spaces so magnified lines centre as well as plain ones.
      const pad = Math.floor((columns - [...part].length * style.width) / 2)
      if (pad > 0) encoder.size(1, 1).raw(encodeTcvn3(' '.repeat(pad)))
      encoder.bold(style.bold).size(style.width, style.height).raw(encodeTcvn3(part)).newline()
      encoder.size(1, 1).bold(false)
    }
  }
  for (const block of blocks) {
    if (block.kind === 'rule') encoder.raw(encodeTcvn3('-'.repeat(columns))).newline()
    else if (block.kind === 'gap') encoder.newline()
    else if (block.kind === 'qr') qr(encoder, block.data, paper)
    else if (block.role === 'number') line(block.text, numberStyle(block.text, columns))
    else line(block.text, STYLES[block.role])
  }
  return encoder.cut('partial').encode()
}

function numberStyle(number: string, columns: number): Tcvn3Style {
  const scale = numberScale(number, columns)
  return { width: scale, height: scale, bold: true }
}

function qr(encoder: ReceiptPrinterEncoder, data: string, paper: PaperWidth): void {
  encoder.align('center').qrcode(data, { model: 2, size: paper === 80 ? 6 : 5, errorlevel: 'm' }).align('left')
}
