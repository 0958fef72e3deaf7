import { ticketContentFor, type IssuedTicket, type Printer } from '@luot/shared'
import type { Config } from './domain/types.js'
import { PrinterLines, printTicket, type TicketPrint } from './printing/index.js'
import type { PrintJob } from './print-dispatcher.js'

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
 * ESC/POS over TCP to the kiosk's printer; one job at a time per printer, so tickets never
 * interleave. Pass the printer watch's `lines` so its status questions wait for the job too.
 */
export function escposPrintJob(config: () => Config, lines = new PrinterLines()): PrintJob {
  return (ticket: IssuedTicket, printer: Printer) => lines.run(printer.id, () => printTicket(ticketPrintFor(ticket, config()), printer))
}
