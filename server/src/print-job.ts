import { ticketContentFor, type IssuedTicket, type Printer } from '@luot/shared'
import type { Config } from './domain/types.js'
import type { TicketPrint } from './printing/index.js'
import { PrinterLines } from './printing/printer-lines.js'
import type { BlocksJob, PrintJob } from './print-dispatcher.js'

/** The printed ticket's content, from the issued ticket and the centre's settings. */
export const ticketPrintFor = (ticket: IssuedTicket, config: Config): TicketPrint => ticketContentFor(ticket, config.centre, config.settings.priorityGroups)

/**
 * A ticket that is plainly a test, for the "Print a test ticket" button: the centre's real header,
 * footer and QR (to the centre's own address), so what comes out is what citizens will get.
 */
export function testTicketFor(config: Config, now: Date): IssuedTicket {
  return {
    id: 'test',
    number: '0000',
    service: { id: 'in-thu', code: 'TEST', name: { vi: 'In thử – kiểm tra máy in', en: 'Test print – printer check' } },
    counterNumbers: config.counters.map((c) => c.number).slice(0, 3),
    priorityGroup: null,
    trackingCode: 'test',
    trackingUrl: config.centre.publicBaseUrl,
    peopleAhead: 0,
    estimatedWaitMinutes: 0,
    issuedAt: now.toISOString(),
  }
}

/**
 * The encoders, fonts and QR code library, loaded on first use rather than before the server can
 * listen (they are a fifth of its start-up); `warmUpPrinting` loads them just after.
 */
const printing = () => import('./printing/print-ticket.js')

/**
 * ESC/POS over TCP to the kiosk's printer; one job at a time per printer, so tickets never
 * interleave. Pass the printer watch's `lines` so its status questions wait for the job too.
 */
export function escposPrintJob(config: () => Config, lines = new PrinterLines()): PrintJob {
  return (ticket: IssuedTicket, printer: Printer) => lines.run(printer.id, async () => (await printing()).printTicket(ticketPrintFor(ticket, config()), printer))
}

/** ESC/POS over TCP for other layouts (dossier slips), in the same one-job-at-a-time line per printer as tickets. */
export function escposBlocksJob(lines: PrinterLines): BlocksJob {
  return (blocks, printer) => lines.run(printer.id, async () => (await printing()).printBlocks(blocks, printer))
}

/**
 * Run once the server listens: loads the printing code and, when a printer prints raster tickets,
 * parses the fonts and renders a sample, so the first citizen's ticket prints as fast as the rest.
 */
export async function warmUpPrinting(config: Config): Promise<void> {
  await printing()
  const raster = config.settings.printers.filter((p) => p.enabled && p.textMode === 'raster')
  const { prepareRasterPrinting } = await import('./printing/raster-warm-up.js')
  for (const paper of new Set(raster.map((p) => p.paper))) await prepareRasterPrinting(paper)
}
