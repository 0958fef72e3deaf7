import type { CounterView, Lang, ServiceView } from '@luot/shared'
import { counterStateWord } from '@luot/shared/counter-state-words'
import { clock, secondsBetween } from '../format.js'
import { useT } from '../i18n.js'

interface Props {
  counters: CounterView[]
  /** Managers may close a counter someone holds; absent: no action column. */
  onForceClose?: (counter: CounterView) => void
  services: ServiceView[]
  now: number
  lang: Lang
}

/** Every counter: state, clerk, the ticket at it and for how long. */
export function CountersBoard({ counters, services, now, lang, onForceClose }: Props) {
  const t = useT()
  const state = (c: CounterView) => counterStateWord(c.state, lang)
  return (
    <section class="panel">
      <h2>{t('countersTitle')}</h2>
      <table class="grid counters-board">
        <thead>
          <tr>
            <th>{t('colCounter')}</th>
            <th>{t('colState')}</th>
            <th>{t('colClerk')}</th>
            <th>{t('colTicket')}</th>
            <th>{t('colService')}</th>
            <th>{t('colTimeInService')}</th>
            {onForceClose ? <th>{t('colAction')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {counters.map((c) => {
            const cur = c.current
            return (
              <tr data-counter={c.id} class={`state-${c.state}`}>
                <td>{c.name[lang]}</td>
                <td>
                  <span class={`badge state-${c.state}`}>{state(c)}</span>
                  {c.state === 'paused' && c.pauseReason ? <small class="muted"> {c.pauseReason}</small> : null}
                </td>
                <td>{c.clerkName ?? '—'}</td>
                <td class="number">{cur?.number ?? '—'}</td>
                <td>{cur ? (services.find((s) => s.id === cur.serviceId)?.name[lang] ?? cur.serviceId) : ''}</td>
                <td class="num">
                  {cur?.startedAt ? clock(secondsBetween(cur.startedAt, now)) : cur?.calledAt ? <span class="muted">{t('calledAgo', { time: clock(secondsBetween(cur.calledAt, now)) })}</span> : ''}
                </td>
                {onForceClose ? (
                  <td>
                    {c.clerkId ? (
                      <button type="button" class="small danger" data-force-close={c.id} onClick={() => onForceClose(c)}>
                        {t('forceClose')}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
