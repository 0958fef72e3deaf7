import type { PublicSnapshot } from '@luot/shared'
import { ticketBlocks, ticketContentFor } from '@luot/shared/ticket-content'
import type { KioskTicket } from '../take-ticket.js'
import { KIOSK_STRINGS } from '../strings.js'
import { QrCode } from './qr-code.js'

/**
 * The 80 mm paper ticket for browser printing: hidden on screen, the only thing the print
 * stylesheet shows. The browser renderer of the one ticket layout (`ticketBlocks`, shared with
 * the ESC/POS printer), so both tickets carry the same lines and labels, always in Vietnamese.
 */
export function PrintTicket({ ticket, snapshot }: { ticket: KioskTicket; snapshot: PublicSnapshot }) {
  const blocks = ticketBlocks(ticketContentFor(ticket, snapshot.centre, snapshot.settings.priorityGroups))
  return (
    <section class="print-ticket" aria-hidden="true">
      {blocks.map((b, i) =>
        b.kind === 'text' ? (
          <p key={i} class={`pt-${b.role}`} data-role={b.role}>{b.text}</p>
        ) : b.kind === 'qr' ? (
          <QrCode key={i} class="pt-qr" text={b.data} label={KIOSK_STRINGS.scanToTrack.vi} />
        ) : b.kind === 'rule' ? (
          <hr key={i} class="pt-rule" />
        ) : (
          <div key={i} class="pt-gap" />
        ),
      )}
    </section>
  )
}
