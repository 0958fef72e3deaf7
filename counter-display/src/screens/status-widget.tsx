import { formatWait } from '@luot/shared/estimate'
import type { CounterView, Lang } from '@luot/shared'
import type { LuotSocket } from '../socket.js'
import type { DisplayState } from '../state.js'
import { t } from '../strings.js'
import { useDisplay } from '../use-display.js'
import { useNow } from '@luot/shared/client/use-now'
import { useReportHeight } from '../use-report-height.js'
import '../styles/widget.css'

const MAX_SHOWN = 8

/** Counters serving someone now, the most recently called first. */
function nowCalled(state: DisplayState): CounterView[] {
  const order = (c: CounterView): number => {
    const i = state.calls.findIndex((x) => x.call.ticketId === c.current?.ticketId)
    return i < 0 ? Number.MAX_SAFE_INTEGER : i
  }
  return (state.snapshot?.counters ?? []).filter((c) => c.current).sort((a, b) => order(a) - order(b) || a.number - b.number).slice(0, MAX_SHOWN)
}

/** The public status widget (/display/widget, framed by the centre's website): numbers being served and waiting per service. Read-only; no personal data. */
export function StatusWidget({ socket, lang }: { socket: LuotSocket; lang: Lang }) {
  const state = useDisplay(socket)
  const now = useNow()
  useReportHeight()
  const s = state.snapshot
  if (!s) return <main class="widget loading">{t('connecting', lang)}</main>
  const serving = nowCalled(state)
  /** After calls today, "no numbers called yet" would be false: say nobody is being called now, and the last call. */
  const last = state.calls[0]?.call ?? s.recentCalls[0]
  const flashing = new Set(state.calls.filter((c) => c.flashUntil > now).map((c) => c.call.ticketId))
  return (
    <main class={`widget ${state.connection}`} data-connection={state.connection}>
      <header class="w-header">
        <h1>{lang === 'en' ? s.centre.nameEn : s.centre.name}</h1>
        <p>{t('widgetTitle', lang)}</p>
      </header>
      <section class="w-calls" data-testid="widget-calls">
        <h2>{t('widgetCalling', lang)}</h2>
        {serving.length === 0 ? (
          <p class="w-empty" data-testid="widget-none">
            {last ? t('noneAtCounters', lang) : t('noCalls', lang)}
            {last ? <small>{t('lastCalled', lang, { n: last.number, c: last.counterNumber })}</small> : null}
          </p>
        ) : (
          <ol>
            {serving.map((c) => (
              <li key={c.id} class={flashing.has(c.current!.ticketId) ? 'flash' : ''} data-counter={c.number} data-current={c.current!.number}>
                <b>{c.current!.number}</b>
                <span>
                  ➜ {t('toCounter', lang)} {c.number}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <table class="w-services" data-testid="widget-services">
        <thead>
          <tr>
            <th scope="col">{t('widgetService', lang)}</th>
            <th scope="col">{t('widgetWaiting', lang)}</th>
            <th scope="col">{t('widgetEstimate', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {s.services
            .filter((x) => x.active)
            .map((x) => (
              <tr key={x.id} data-service={x.id} data-waiting={x.waiting}>
                <th scope="row">{x.name[lang]}</th>
                <td>{x.waiting}</td>
                <td>{formatWait(x.estimatedWaitMinutes, lang)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <footer class="w-footer">
        <span class={`dot ${state.connection}`} aria-hidden="true" />
        {state.connection === 'offline' ? <span data-testid="connection-lost">{t('connectionLost', lang)}</span> : <span>{t('updated', lang)}</span>}
      </footer>
    </main>
  )
}
