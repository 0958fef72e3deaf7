import type { Lang, TicketStatus as Status, TrackedTicket } from '@luot/shared'
import { COMMON_STRINGS } from '@luot/shared/i18n'
import { formatTicketTime } from '@luot/shared/time'
import { formatWait } from '@luot/shared/estimate'
import { slotTime } from '@luot/shared/ticket-marks'
import { rootPath } from '@luot/shared/client/connect'
import { DOSSIER_STRINGS } from '../dossier/dossier-strings.js'
import { groupCode } from '../dossier/dossier-view.js'
import { CheckInQr } from './check-in-qr.js'
import { TRACK_STRINGS } from './track-strings.js'

type StatusKey = 'statusWaiting' | 'statusCalled' | 'statusServing' | 'statusDone' | 'statusNoShow' | 'statusTransferred' | 'statusCancelled'
const STATUS: Record<Status, StatusKey> = {
  waiting: 'statusWaiting',
  called: 'statusCalled',
  serving: 'statusServing',
  done: 'statusDone',
  'no-show': 'statusNoShow',
  transferred: 'statusTransferred',
  cancelled: 'statusCancelled',
}

/** The citizen's own ticket: number, service, status, and what to do now. */
export function TicketStatus({ ticket, lang, timeZone }: { ticket: TrackedTicket; lang: Lang; timeZone: string }) {
  const c = COMMON_STRINGS
  const t = TRACK_STRINGS
  const other: Lang = lang === 'vi' ? 'en' : 'vi'
  return (
    <>
      <section class={`card ticket status-${ticket.status}`} data-testid="tracked" data-status={ticket.status}>
        <p class="heading">{c.ticketHeading[lang]}</p>
        <p class="number" data-testid="tracked-number">{ticket.number}</p>
        <p class="service">{ticket.service.name[lang]}</p>
        <p class="status-pill" data-testid="tracked-status">{c[STATUS[ticket.status]][lang]}</p>
        {/* only that the ticket has priority: the group is not shown to whoever holds the phone */}
        {ticket.priority && <p class="priority-pill" data-testid="tracked-priority">{t.priority[lang]}</p>}
        {ticket.booking && <p class="priority-pill booked-pill" data-testid="tracked-booked">{t.booked[lang]} · {slotTime(ticket.booking.slotStart, timeZone)}</p>}
        {ticket.remote && <p class="priority-pill remote-pill" data-testid="tracked-remote">{t.remote[lang]}</p>}
        <p class="issued">{t.issuedAt[lang]}: {formatTicketTime(new Date(ticket.issuedAt), timeZone)}</p>
      </section>
      {ticket.status === 'waiting' && (
        <section class="card facts">
          <div class="fact">
            <span class="fact-label">{c.peopleAhead[lang]}</span>
            <span class="fact-value" data-testid="tracked-ahead">{ticket.peopleAhead}</span>
          </div>
          <div class="fact">
            <span class="fact-label">{c.estimatedWait[lang]}</span>
            <span class="fact-value" data-testid="tracked-wait">{formatWait(ticket.estimatedWaitMinutes, lang)}</span>
          </div>
          {ticket.remote?.checkInRequired && !ticket.remote.checkedIn && <p class="hint warn" data-testid="check-in-needed">{t.checkInNeeded[lang]}</p>}
          <p class="hint">{t.autoUpdate[lang]}</p>
        </section>
      )}
      {ticket.status === 'waiting' && ticket.remote && !ticket.remote.checkedIn && <CheckInQr lang={lang} />}
      {ticket.status === 'called' && (
        <section class="card called" role="alert" data-testid="called">
          <p class="called-text">{t.goToCounter[lang]} <strong data-testid="called-counter">{ticket.counterNumber}</strong></p>
          <p class="called-other" lang={other}>{t.goToCounter[other]} {ticket.counterNumber}</p>
          <p class="hint">{t.calledHint[lang]}</p>
        </section>
      )}
      {ticket.status === 'serving' && <p class="card note">{t.servingAt[lang]} {ticket.counterNumber}</p>}
      {ticket.status === 'done' && <p class="card note">{t.doneHint[lang]}</p>}
      {ticket.status === 'no-show' && (
        <p class="card note warn" data-testid="missed-note">
          {ticket.recallable ? t.missedComeBack[lang].replace('{n}', String(ticket.counterNumber ?? '')) : t.noShow[lang]}
        </p>
      )}
      {ticket.status === 'transferred' && <p class="card note">{t.transferred[lang]}</p>}
      {ticket.status === 'cancelled' && <p class="card note warn">{t.cancelled[lang]}</p>}
      {ticket.dossierCode && (
        <a class="card note dossier-link" href={`${rootPath()}d/${ticket.dossierCode}`} data-testid="dossier-link">
          {DOSSIER_STRINGS.dossierLink[lang].replace('{code}', groupCode(ticket.dossierCode))}
        </a>
      )}
    </>
  )
}
