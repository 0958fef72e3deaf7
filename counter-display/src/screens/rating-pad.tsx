import type { Lang, RatingSettings } from '@luot/shared'
import { BiText } from '../components/bi-text.js'
import { ConnectionBanner } from '../components/connection-banner.js'
import { Loading } from '../components/loading.js'
import { MessageScreen } from '../components/message-screen.js'
import { RatingScale } from '../components/rating-scale.js'
import { ReasonList } from '../components/reason-list.js'
import { asksReason, type PadAction, type PadPhase } from '../pad-state.js'
import type { LuotSocket } from '../socket.js'
import { otherLang, t } from '../strings.js'
import { useDisplay } from '../use-display.js'
import { usePad } from '../use-pad.js'
import '../styles/pad.css'

interface BodyProps {
  phase: PadPhase
  rating: RatingSettings
  lang: Lang
  faces: boolean
  dispatch: (a: PadAction) => void
}

function PadBody({ phase, rating, lang, faces, dispatch }: BodyProps) {
  switch (phase.kind) {
    case 'idle':
      return (
        <div class="pad-idle">
          <p class="pad-welcome"><BiText k="padIdleTitle" lang={lang} /></p>
          <p class="pad-hint"><BiText k="padIdleHint" lang={lang} /></p>
        </div>
      )
    case 'thanks':
      return (
        <p class="pad-thanks" role="status">
          <span class="thanks-icon" aria-hidden="true">♥</span>
          <BiText k="padThanks" lang={lang} />
        </p>
      )
    case 'failed':
      return (
        <div class="pad-failed" role="alert">
          <p>{t('padNotSaved', lang)} {phase.message[lang]}</p>
          <button type="button" class="retry" onClick={() => dispatch({ type: 'retry' })}>{t('padRetry', lang)} / {t('padRetry', otherLang(lang))}</button>
        </div>
      )
    case 'reason':
      return (
        <div class="pad-question">
          <p class="pad-ticket">{t('padTicket', lang, { n: phase.request.number })}</p>
          <p class="pad-recorded" role="status" data-testid="pad-recorded"><BiText k="padRecorded" lang={lang} /></p>
          <h2 class="question"><BiText k="padReason" lang={lang} /></h2>
          <ReasonList reasons={rating.lowReasons} lang={lang} onReason={(reasonId) => dispatch({ type: 'reason', ...(reasonId ? { reasonId } : {}) })} />
        </div>
      )
    case 'question':
    case 'sending':
      return (
        <div class="pad-question">
          <p class="pad-ticket">{t('padTicket', lang, { n: phase.request.number })}</p>
          <h2 class="question"><BiText k="padQuestion" lang={lang} /></h2>
          <RatingScale
            levels={rating.levels}
            lang={lang}
            faces={faces}
            disabled={phase.kind === 'sending'}
            onChoose={(value) => dispatch({ type: 'chose', value, askReason: asksReason(value, rating.lowMax, rating.lowReasons.length) })}
          />
          {phase.kind === 'sending' ? <p class="pad-sending">{t('padSending', lang)}</p> : null}
        </div>
      )
  }
}

/** The tablet facing the citizen at counter n (/display/rating/:n): asks for a rating when a ticket there finishes. */
export function RatingPad({ socket, number, lang, faces, padKey }: { socket: LuotSocket; number: number; lang: Lang; faces: boolean; padKey: string }) {
  const state = useDisplay(socket)
  const { phase, joined, refused, dispatch } = usePad(socket, number, padKey)
  const s = state.snapshot
  if (!s) return <Loading connection={state.connection} lang={lang} />
  const counter = s.counters.find((c) => c.number === number)
  if (!counter) return <MessageScreen text={t('unknownCounter', lang, { n: number })} connection={state.connection} lang={lang} />
  if (refused === 'PAD_NOT_PAIRED') return <MessageScreen text={t('padNotPaired', lang, { n: number })} connection={state.connection} lang={lang} />
  const clerk = phase.kind !== 'idle' && phase.kind !== 'thanks' ? (phase.request.clerkName ?? counter.clerkName) : counter.clerkName
  return (
    <div class={`pad phase-${phase.kind}`} data-phase={phase.kind} data-joined={joined ?? ''}>
      <header class="pad-header">
        <span class="pad-counter">{counter.name[lang]}</span>
        <span class="pad-clerk">{clerk ? `${t('clerk', lang)}: ${clerk}` : ''}</span>
      </header>
      <main class="pad-main">
        <PadBody phase={phase} rating={s.settings.rating} lang={lang} faces={faces} dispatch={dispatch} />
      </main>
      <ConnectionBanner connection={state.connection} lang={lang} />
    </div>
  )
}
