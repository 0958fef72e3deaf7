import type { TicketBlock } from '@luot/shared'
import { encodeBlocks, encodeTicket } from './encode-ticket.js'
import { sendToPrinter } from './tcp-transport.js'
import type { PrinterConfig, SendOptions, TicketPrint } from './ticket-print.js'

/** Encodes a ticket for the configured printer and sends it over TCP; rejects with a PrinterError. */
export async function printTicket(t: TicketPrint, printer: PrinterConfig, opts?: SendOptions): Promise<void> {
  const bytes = await encodeTicket(t, { paper: printer.paper, textMode: printer.textMode })
  await sendToPrinter({ host: printer.host, port: printer.port }, bytes, opts)
}

/** Encodes any other layout (a dossier slip) for the printer and sends it over TCP; rejects with a PrinterError. */
export async function printBlocks(blocks: readonly TicketBlock[], printer: PrinterConfig, opts?: SendOptions): Promise<void> {
  const bytes = await encodeBlocks(blocks, { paper: printer.paper, textMode: printer.textMode })
  await sendToPrinter({ host: printer.host, port: printer.port }, bytes, opts)
}
