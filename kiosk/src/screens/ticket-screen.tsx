import { useEffect } from 'preact/hooks'
import type { Lang, PublicSnapshot } from '@luot/shared'
import { COMMON_STRINGS } from '@luot/shared/i18n'
import { QrCode } from '../components/qr-code.js'
import { ticketFacts } from '../components/ticket-facts.js'
import type { KioskTicket } from '../take-ticket.js'
import { KIOSK_STRINGS } from '../strings.js'
import { slotTime } from '@luot/shared/ticket-marks'
import { useCountdown } from '../use-countdown.js'
import { printNote, ticketScreenSeconds } from '../ticket-return.js'

const NOTE_TEXT = { 'take-below': 'takeTicketBelow', failed: 'printFailed' } as const

interface Props {
  ticket: KioskTicket
  snapshot: PublicSnapshot
  lang: Lang
  printInBrowser: boolean
  onDone: () => void
}

/** The issued ticket, large; back to the start screen after kioskReturnSeconds (longer if printing failed) or on "Done". */
export function TicketScreen({ ticket, snapshot, lang, printInBrowser, onDone }: Props) {
  const left = useCountdown(ticketScreenSeconds(ticket.print, snapshot.settings.kioskReturnSeconds), ticket.id, onDone)
  const note = printNote(ticket.print, printInBrowser)
  useEffect(() => {
    if (!printInBrowser) return
    // After the ticket has painted: with Chromium's --kiosk-printing this prints silently.
    const id = setTimeout(() => window.print(), 100)
    return () => clearTimeout(id)
  }, [ticket.id, printInBrowser])
  const f = ticketFacts(ticket, snapshot, lang)
  const c = COMMON_STRINGS
  return (
    <main class="ticket-screen" data-testid="ticket">
      <section class="ticket-card">
        <p class="ticket-heading">{c.ticketHeading[lang]}</p>
        <p class="ticket-number" data-testid="ticket-number">{ticket.number}</p>
        <p class="ticket-service">{f.service}</p>
        {f.priority && <p class="ticket-priority">{KIOSK_STRINGS.priorityChosen[lang]}: {f.priority}</p>}
        {ticket.booking && <p class="ticket-booked" data-testid="ticket-booked">{KIOSK_STRINGS.booked[lang]} · {slotTime(ticket.booking.slotStart, snapshot.centre.timeZone)}</p>}
        <dl class="ticket-facts">
          <div><dt>{KIOSK_STRINGS.ticketCounters[lang]}</dt><dd data-testid="ticket-counters">{f.counters}</dd></div>
          <div><dt>{c.peopleAhead[lang]}</dt><dd data-testid="ticket-ahead">{f.peopleAhead}</dd></div>
          <div><dt>{c.estimatedWait[lang]}</dt><dd>{f.wait}</dd></div>
          <div><dt>{KIOSK_STRINGS.ticketTime[lang]}</dt><dd data-testid="ticket-time">{f.time}</dd></div>
        </dl>
      </section>
      <section class="ticket-qr">
        <QrCode class="qr" text={ticket.trackingUrl} label={KIOSK_STRINGS.scanToTrack[lang]} />
        <p>{KIOSK_STRINGS.scanToTrack[lang]}</p>
      </section>
      {note && (
        <p class={note === 'failed' ? 'print-failed' : 'print-ok'} role={note === 'failed' ? 'alert' : 'status'} data-testid={note === 'failed' ? 'print-failed' : 'print-ok'}>
          {KIOSK_STRINGS[NOTE_TEXT[note]].vi}
          <br />
          <span lang="en">{KIOSK_STRINGS[NOTE_TEXT[note]].en}</span>
        </p>
      )}
      <footer class="ticket-footer">
        <p class="countdown" data-testid="countdown">
          {KIOSK_STRINGS.returnIn[lang]} <strong>{left}</strong> {KIOSK_STRINGS.seconds[lang]}
        </p>
        <button type="button" class="primary-button done-button" onClick={onDone} data-testid="done">
          {KIOSK_STRINGS.done.vi} / {KIOSK_STRINGS.done.en}
        </button>
      </footer>
    </main>
  )
}
