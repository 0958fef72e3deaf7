/** Ticket printing: ESC/POS encoding (TCVN3 text or full raster) and the TCP / file transports. */
export type { PaperWidth, PrintOptions, PrinterConfig, PrinterTarget, SendOptions, TextMode, TicketPrint } from './ticket-print.js'
export { encodeTicket } from './encode-ticket.js'
export { sendToPrinter } from './tcp-transport.js'
export { writeToFile } from './file-transport.js'
export { printTicket } from './print-ticket.js'
export { PrinterError, isPrinterError, type PrinterErrorCode } from './printer-error.js'
export { conditionOf, parseStatus, queryPrinterStatus, type PrinterCondition, type PrinterStatus } from './printer-status.js'
export { prepareRasterPrinting } from './raster-warm-up.js'
