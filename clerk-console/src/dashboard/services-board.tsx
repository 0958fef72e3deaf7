import type { Lang, ServiceView, WaitingTicketView } from '@luot/shared'
import { formatWait } from '@luot/shared/estimate'
import { clock } from '../format.js'
import { useT } from '../i18n.js'
import { longestWaitSeconds } from '../queue-views.js'

interface Props {
  services: ServiceView[]
  waiting: WaitingTicketView[]
  now: number
  lang: Lang
}

/** Every service area: waiting, longest wait (red past the target), estimate, counters open. */
export function ServicesBoard({ services, waiting, now, lang }: Props) {
  const t = useT()
  const min = t('minutesShort')
  return (
    <section class="panel">
      <h2>{t('servicesTitle')}</h2>
      <table class="grid services-board">
        <thead>
          <tr>
            <th>{t('colService')}</th>
            <th class="num">{t('colWaiting')}</th>
            <th class="num">{t('colLongest')}</th>
            <th class="num">{t('colEstimate')}</th>
            <th class="num">{t('colTarget')}</th>
            <th class="num">{t('colIssued')}</th>
            <th>{t('colOpenCounters')}</th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => {
            const longest = longestWaitSeconds(s.id, waiting, now)
            const over = longest !== null && longest > s.targetWaitMinutes * 60
            return (
              <tr data-service={s.id} class={`${over ? 'overdue' : ''}${s.active ? '' : ' inactive'}`}>
                <td>{s.name[lang]}</td>
                <td class="num">{s.waiting}</td>
                <td class="num">{longest === null ? '—' : clock(longest)}</td>
                <td class="num">{formatWait(s.estimatedWaitMinutes, lang)}</td>
                <td class="num">
                  {s.targetWaitMinutes} {min}
                </td>
                <td class="num">
                  {s.issuedToday}
                  {s.capReached ? <small class="warn"> ({t('capReached')})</small> : null}
                </td>
                <td>{s.openCounterNumbers.length ? s.openCounterNumbers.join(', ') : '—'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
