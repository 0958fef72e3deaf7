import type { Lang } from '@luot/shared'
import { clock } from '../format.js'
import { useT } from '../i18n.js'
import type { OverdueTicket } from '../queue-views.js'

/** Tickets waiting past their service's target, longest first, highlighted. */
export function OverdueList({ overdue, lang }: { overdue: OverdueTicket[]; lang: Lang }) {
  const t = useT()
  return (
    <section class={`panel overdue-panel${overdue.length ? ' has-overdue' : ''}`}>
      <h2>{t('overdueTitle')}</h2>
      {overdue.length === 0 ? <p class="muted">{t('overdueNone')}</p> : null}
      <ul class="overdue-list">
        {overdue.map((o) => (
          <li data-ticket={o.ticket.number}>
            <strong class="number">{o.ticket.number}</strong> {o.service?.name[lang] ?? o.ticket.serviceId} —{' '}
            {t('overdueLine', { time: clock(o.waitedSeconds), target: o.service?.targetWaitMinutes ?? '?' })}
          </li>
        ))}
      </ul>
    </section>
  )
}
