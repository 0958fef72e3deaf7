import type { CounterView, Lang, PriorityGroup, ServiceView } from '@luot/shared'
import { counterStateWord } from '@luot/shared/counter-state-words'
import { clock, secondsBetween } from '../format.js'
import { useT } from '../i18n.js'
import type { CounterAction, Phase } from '../keyboard.js'
import { ActionButton } from './action-button.js'
import { TicketMarks } from './ticket-marks.js'

interface Props {
  counter: CounterView
  services: ServiceView[]
  priorityGroups: PriorityGroup[]
  timeZone: string
  recallLimit: number
  waitingHere: number
  now: number
  phase: Phase
  pending: string | null
  lang: Lang
  onAction: (action: CounterAction) => void
}

/** The ticket at the counter: who, for what, how long they waited, and the service timer. */
export function TicketPanel({ counter, services, priorityGroups, timeZone, recallLimit, waitingHere, now, phase, pending, lang, onAction }: Props) {
  const t = useT()
  const cur = counter.current
  const button = (action: CounterAction, label: string, kind: 'primary' | 'danger' | 'plain' = 'plain') => (
    <ActionButton action={action} phase={phase} pending={pending} onAction={onAction} kind={kind}>
      {label}
    </ActionButton>
  )
  if (!cur) {
    const hint = phase === 'closed' ? t('closedHint') : phase === 'paused' ? counterStateWord('paused', lang, counter.pauseReason) : phase === 'taken' ? t('takenHint') : waitingHere ? t('idleHint') : t('idleNobody')
    return (
      <section class="panel ticket-panel idle" data-phase={phase}>
        <p class="idle-hint">{hint}</p>
        <div class="button-row big">{button('call-next', t('actionCallNext'), 'primary')}</div>
      </section>
    )
  }
  const service = services.find((s) => s.id === cur.serviceId)
  const group = cur.priorityGroup ? priorityGroups.find((g) => g.id === cur.priorityGroup) : undefined
  const waited = cur.calledAt ? secondsBetween(cur.queuedAt, Date.parse(cur.calledAt)) : secondsBetween(cur.queuedAt, now)
  return (
    <section class={`panel ticket-panel ${cur.status}`} data-phase={phase} data-ticket={cur.number}>
      <div class="ticket-head">
        <div>
          <div class="label">{t('ticketNumber')}</div>
          <div class="ticket-number">{cur.number}</div>
        </div>
        <span>
          <span class={`badge status-${cur.status}`}>{cur.status === 'serving' ? t('statusServing') : t('statusCalled')}</span>
          <TicketMarks ticket={cur} timeZone={timeZone} />
        </span>
      </div>
      {group ? <p class="priority-note">{t('ticketPriority', { group: group.name[lang] })}</p> : null}
      <dl class="ticket-facts">
        <dt>{t('ticketService')}</dt>
        <dd class="ticket-service">{service?.name[lang] ?? cur.serviceId}</dd>
        <dt>{t('ticketWaited')}</dt>
        <dd class="ticket-waited">{clock(waited)}</dd>
        {cur.status === 'serving' && cur.startedAt ? (
          <>
            <dt>{t('ticketServiceTime')}</dt>
            <dd class="service-timer">{clock(secondsBetween(cur.startedAt, now))}</dd>
          </>
        ) : cur.calledAt ? (
          <>
            <dt>{t('ticketCalledFor')}</dt>
            <dd class="called-timer">{clock(secondsBetween(cur.calledAt, now))}</dd>
          </>
        ) : null}
      </dl>
      {cur.status === 'called' ? <p class="muted small">{t('ticketRecalls', { n: cur.recalls, max: recallLimit })}</p> : null}
      <div class="button-row big">
        {button('start', t('actionStart'), 'primary')}
        {button('finish', t('actionFinish'), 'primary')}
        {button('recall', t('actionRecall'))}
        {button('skip', t('actionSkip'), 'danger')}
        {button('transfer', t('actionTransfer'))}
      </div>
    </section>
  )
}
