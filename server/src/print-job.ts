import { SerialQueue, ticketContentFor, type IssuedTicket, type Printer } from '@luot/shared'
import type { Config } from './domain/types.js'
import { printTicket, type TicketPrint } from './printing/index.js'
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

/** ESC/POS over TCP to the kiosk's printer; one job at a time per printer, so tickets never interleave. */
export function escposPrintJob(config: () => Config): PrintJob {
  const queues = new Map<string, SerialQueue>()
  return (ticket: IssuedTicket, printer: Printer) => {
    let queue = queues.get(printer.id)
    if (!queue) queues.set(printer.id, (queue = new SerialQueue()))
    return queue.run(() => printTicket(ticketPrintFor(ticket, config()), printer))
  }
}
