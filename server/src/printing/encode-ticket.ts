import { createEncoder } from './escpos-job.js'
import { rasterCommands } from './raster-command.js'
import { ticketBlocks, type TicketBlock } from '@luot/shared'
import { renderBlocksBitmap } from './raster-ticket.js'
import { encodeTcvn3Blocks } from './tcvn3-ticket.js'
import type { PrintOptions, TicketPrint } from './ticket-print.js'

/**
 * The complete ESC/POS job for one ticket: initialise (ESC @), the ticket,
 * feed and partial cut. In 'tcvn3' mode text goes through the printer's
 * TCVN3 code pages and the QR code is GS ( k; in 'raster' mode everything,
 * QR included, is one bitmap sent as GS v 0 bands.
 */
export const encodeTicket = (t: TicketPrint, o: PrintOptions): Promise<Uint8Array> => encodeBlocks(ticketBlocks(t), o)

/** Any printed layout (a ticket, a dossier slip) as one complete ESC/POS job, the same way. */
export async function encodeBlocks(blocks: readonly TicketBlock[], o: PrintOptions): Promise<Uint8Array> {
  if (o.textMode === 'tcvn3') return encodeTcvn3Blocks(blocks, o.paper)
  const bitmap = await renderBlocksBitmap(blocks, o.paper)
  return createEncoder(o.paper).initialize().raw(rasterCommands(bitmap)).cut('partial').encode()
}
