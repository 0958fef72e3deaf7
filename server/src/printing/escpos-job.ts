import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import { paperColumns, type PaperWidth } from './ticket-print.js'

/**
 * An ESC/POS encoder for an Epson-compatible printer with our paper width.
 * No printer model is named: the Epson models it knows are either 80 mm
 * only or 42 columns, and the code page mapping is what matters here.
 */
export function createEncoder(paper: PaperWidth): ReceiptPrinterEncoder {
  return new ReceiptPrinterEncoder({
    language: 'esc-pos',
    columns: paperColumns(paper),
    codepageMapping: 'epson',
    feedBeforeCut: 4,
  })
}
