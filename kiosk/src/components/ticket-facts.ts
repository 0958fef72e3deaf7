import type { Lang, PublicSnapshot } from '@luot/shared'
import { formatTicketTime } from '@luot/shared/time'
import { formatWait } from '@luot/shared/estimate'
import type { KioskTicket } from '../take-ticket.js'

/** The lines printed and shown for a ticket, in one language. */
export function ticketFacts(ticket: KioskTicket, snapshot: PublicSnapshot, lang: Lang) {
  const group = snapshot.settings.priorityGroups.find((g) => g.id === ticket.priorityGroup)
  return {
    service: ticket.service.name[lang],
    counters: ticket.counterNumbers.length ? ticket.counterNumbers.join(', ') : '–',
    peopleAhead: String(ticket.peopleAhead),
    wait: formatWait(ticket.estimatedWaitMinutes, lang),
    time: formatTicketTime(new Date(ticket.issuedAt), snapshot.centre.timeZone),
    priority: group ? group.name[lang] : null,
  }
}
