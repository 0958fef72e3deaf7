import { COMMON_STRINGS, SerialQueue, type IssuedTicket, type Printer } from '@luot/shared'
import type { Config } from './domain/types.js'
import { printTicket, type TicketPrint } from './printing/index.js'
import type { PrintJob } from './print-dispatcher.js'

/** The printed ticket's content, from the issued ticket and the centre's settings. */
export function ticketPrintFor(ticket: IssuedTicket, config: Config): TicketPrint {
  const group = ticket.priorityGroup ? config.settings.priorityGroups.find((g) => g.id === ticket.priorityGroup) : undefined
  const t: TicketPrint = {
    centreName: config.centre.name.toUpperCase(),
    centreSubtitle: config.centre.province,
    number: ticket.number,
    serviceName: ticket.service.name.vi,
    counterNumbers: ticket.counterNumbers,
    peopleAhead: ticket.peopleAhead,
    issuedAt: new Date(ticket.issuedAt),
    timeZone: config.centre.timeZone,
    trackingUrl: ticket.trackingUrl,
    footer: COMMON_STRINGS.ticketFooter.vi,
  }
  if (config.centre.hotline) t.hotline = config.centre.hotline
  if (group) t.priorityLabel = `Ưu tiên: ${group.name.vi}`
  return t
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
