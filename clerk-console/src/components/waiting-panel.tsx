import type { CounterView, Lang, PriorityGroup, ServiceView, WaitingTicketView } from '@luot/shared'
import { clock, secondsBetween } from '../format.js'
import { useT } from '../i18n.js'
import { TicketMarks } from './ticket-marks.js'

interface Props {
  counter: CounterView
  services: ServiceView[]
  /** Waiting tickets this counter may call, oldest first. */
  tickets: WaitingTicketView[]
  priorityGroups: PriorityGroup[]
  timeZone: string
  now: number
  canCall: boolean
  canCancel: boolean
  lang: Lang
  onCall: (ticket: WaitingTicketView) => void
  onCancel: (ticket: WaitingTicketView) => void
}

/** People waiting per service this counter serves, and the list to call someone out of turn. */
export function WaitingPanel({ counter, services, tickets, priorityGroups, timeZone, now, canCall, canCancel, lang, onCall, onCancel }: Props) {
  const t = useT()
  const served = counter.serviceIds.map((id) => services.find((s) => s.id === id)).filter((s): s is ServiceView => s !== undefined)
  const targeted = tickets.filter((x) => x.targetCounterId === counter.id).length
  return (
    <section class="panel waiting-panel">
      <h2>{t('waitingTitle')}</h2>
      <ul class="waiting-counts">
        {served.map((s) => (
          <li data-service={s.id}>
            <span>{s.name[lang]}</span>
            <strong class="count">{s.waiting}</strong>
          </li>
        ))}
        {targeted ? (
          <li data-service="targeted">
            <span>{t('waitingForCounter')}</span>
            <strong class="count">{targeted}</strong>
          </li>
        ) : null}
      </ul>
      <h3>{t('waitingList')}</h3>
      {tickets.length === 0 ? <p class="muted">{t('waitingEmpty')}</p> : null}
      <ol class="waiting-list">
        {tickets.slice(0, 30).map((w) => {
          const group = w.priorityGroup ? priorityGroups.find((g) => g.id === w.priorityGroup) : undefined
          return (
            <li data-ticket={w.number}>
              <span class="number">{w.number}</span>
              <span class="what">
                {services.find((s) => s.id === w.serviceId)?.name[lang] ?? w.serviceId}
                {group ? <span class="badge priority">{group.name[lang]}</span> : null}
                <TicketMarks ticket={w} timeZone={timeZone} />
              </span>
              <span class="muted">{t('waitingFor', { time: clock(secondsBetween(w.queuedAt, now)) })}</span>
              <button type="button" class="small" disabled={!canCall} onClick={() => onCall(w)}>
                {t('callThis')}
              </button>
              <button type="button" class="small danger" disabled={!canCancel} onClick={() => onCancel(w)}>
                {t('cancelThis')}
              </button>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
