import type { PublicSnapshot } from '@luot/shared'
import { COMMON_STRINGS } from '@luot/shared/i18n'
import type { KioskTicket } from '../take-ticket.js'
import { KIOSK_STRINGS } from '../strings.js'
import { QrCode } from './qr-code.js'
import { ticketFacts } from './ticket-facts.js'

/**
 * The 80 mm paper ticket for browser printing: hidden on screen, the only thing the print
 * stylesheet shows. Always Vietnamese, like the thermal printer's ticket.
 */
export function PrintTicket({ ticket, snapshot }: { ticket: KioskTicket; snapshot: PublicSnapshot }) {
  const f = ticketFacts(ticket, snapshot, 'vi')
  const { centre } = snapshot
  return (
    <section class="print-ticket" aria-hidden="true">
      <p class="pt-centre">{centre.name}</p>
      <p class="pt-heading">{COMMON_STRINGS.ticketHeading.vi}</p>
      <p class="pt-number">{ticket.number}</p>
      <p class="pt-service">{f.service}</p>
      {f.priority && <p class="pt-line">{KIOSK_STRINGS.priorityChosen.vi}: {f.priority}</p>}
      <p class="pt-line">{COMMON_STRINGS.counter.vi}: {f.counters}</p>
      <p class="pt-line">{COMMON_STRINGS.peopleAhead.vi}: {f.peopleAhead}</p>
      <p class="pt-line">{f.time}</p>
      <QrCode class="pt-qr" text={ticket.trackingUrl} label={KIOSK_STRINGS.scanToTrack.vi} />
      {centre.hotline && <p class="pt-line">{COMMON_STRINGS.hotline.vi}: {centre.hotline}</p>}
      <p class="pt-footer">{COMMON_STRINGS.ticketFooter.vi}</p>
    </section>
  )
}
