import type { CounterView, Lang, PublicSnapshot } from '@luot/shared'
import { bookedSlot, slotTime } from '@luot/shared/ticket-marks'
import { BiText } from '../components/bi-text.js'
import { ConnectionBanner } from '../components/connection-banner.js'
import { CounterStateBadge, counterStateText } from '../components/counter-state.js'
import { Loading } from '../components/loading.js'
import { MessageScreen } from '../components/message-screen.js'
import { formatClock } from '../format.js'
import type { LuotSocket } from '../socket.js'
import { counterFlashing } from '../state.js'
import { otherLang, t } from '../strings.js'
import { useDisplay } from '../use-display.js'
import { useNow } from '@luot/shared/client/use-now'
import '../styles/counter.css'

function priorityGroupName(s: PublicSnapshot, counter: CounterView, lang: Lang): string | undefined {
  const id = counter.current?.priorityGroup
  return id ? s.settings.priorityGroups.find((g) => g.id === id)?.name[lang] : undefined
}

/** The screen above one counter (/display/counter/:n): the number served there, the officer and the counter's state. */
export function CounterScreen({ socket, number, lang }: { socket: LuotSocket; number: number; lang: Lang }) {
  const state = useDisplay(socket)
  const now = useNow()
  const s = state.snapshot
  if (!s) return <Loading connection={state.connection} lang={lang} />
  const counter = s.counters.find((c) => c.number === number)
  if (!counter) return <MessageScreen text={t('unknownCounter', lang, { n: number })} connection={state.connection} lang={lang} />

  const current = counter.current
  const services = counter.serviceIds.map((id) => s.services.find((x) => x.id === id)?.name[lang]).filter((n): n is string => Boolean(n))
  const priority = current?.priorityGroup ? priorityGroupName(s, counter, lang) : undefined
  const booked = bookedSlot(current)
  return (
    <div class={`counter-screen state-${counter.state}`} data-state={counter.state} data-current={current?.number ?? ''}>
      <header class="counter-header">
        <h1 class="counter-name">{counter.name[lang]}</h1>
        <p class="counter-services">{services.join(' · ')}</p>
      </header>
      <main class="counter-main">
        {current ? (
          <>
            <p class="serving-label">
              <BiText k={current.status === 'called' ? 'nowCalling' : 'nowServing'} lang={lang} />
            </p>
            <p class={`serving-number${counterFlashing(state, counter, now) ? ' flash' : ''}`} data-testid="serving-number">
              {current.number}
            </p>
          </>
        ) : counter.state !== 'open' ? (
          <p class={`counter-message ${counter.state}`} data-testid="counter-state">
            {counterStateText(counter, lang)}
            <span class="other-lang">{counterStateText(counter, otherLang(lang))}</span>
          </p>
        ) : (
          <p class="counter-message">{t('noTicket', lang)}</p>
        )}
        {current?.priorityGroup ? (
          <p class="priority-notice" role="status" data-testid="priority-notice">
            ★ {t('priorityNotice', lang)}
            {priority ? <span class="priority-group"> — {priority}</span> : null}
          </p>
        ) : null}
        {booked ? (
          <p class="booked-notice" role="status" data-testid="booked-notice">
            {t('bookedNotice', lang)} · {slotTime(booked, s.centre.timeZone)}
          </p>
        ) : null}
      </main>
      <footer class="counter-footer">
        <span class="clerk">{counter.clerkName ? `${t('clerk', lang)}: ${counter.clerkName}` : ''}</span>
        {/* The state is shown once: large in the middle when nobody is served, else here. */}
        {current || counter.state === 'open' ? <CounterStateBadge counter={counter} lang={lang} /> : null}
        <time class="clock">{formatClock(now + state.clockOffsetMs, s.centre.timeZone)}</time>
      </footer>
      <ConnectionBanner connection={state.connection} lang={lang} />
    </div>
  )
}
