import { createEncoder } from './escpos-job.js'
import { rasterCommands } from './raster-command.js'
import { renderTicketBitmap } from './raster-ticket.js'
import { encodeTcvn3Ticket } from './tcvn3-ticket.js'
import type { PrintOptions, TicketPrint } from './ticket-print.js'

/**
 * The complete ESC/POS job for one ticket: initialise (ESC @), the ticket,
 * feed and partial cut. In 'tcvn3' mode text goes through the printer's
 * TCVN3 code pages and the QR code is GS ( k; in 'raster' mode everything,
 * QR included, is one bitmap sent as GS v 0 bands.
 */
export async function encodeTicket(t: TicketPrint, o: PrintOptions): Promise<Uint8Array> {
  if (o.textMode === 'tcvn3') return encodeTcvn3Ticket(t, o.paper)
  const bitmap = await renderTicketBitmap(t, o.paper)
  return createEncoder(o.paper).initialize().raw(rasterCommands(bitmap)).cut('partial').encode()
}
