import type { CounterView, ServiceView } from '@luot/shared'
import { counterStateWord } from '@luot/shared/counter-state-words'
import { useConsoleState } from '../state.js'
import { useT } from '../i18n.js'
import type { UiError } from '../ui-error.js'
import { ErrorNote } from './error-note.js'
import { Modal } from './modal.js'

export type TransferTarget = { serviceId: string } | { counterId: string }

interface Props {
  number: string
  services: ServiceView[]
  counters: CounterView[]
  busy: boolean
  error: UiError | null
  onPick: (target: TransferTarget) => void
  onClose: () => void
}

/** Open counters first: a ticket sent to a closed one waits until it opens. */
const STATE_ORDER: Record<CounterView['state'], number> = { open: 0, paused: 1, closed: 2 }

/** Sends the citizen on, keeping their place: to another service area, or to a named counter. */
export function TransferDialog({ number, services, counters, busy, error, onPick, onClose }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  return (
    <Modal title={t('transferTitle', { number })} onClose={onClose}>
      <h3>{t('transferToService')}</h3>
      <div class="choice-grid">
        {services.map((s) => (
          <button type="button" class="choice" data-service={s.id} disabled={busy} onClick={() => onPick({ serviceId: s.id })}>
            {s.name[lang]}
          </button>
        ))}
      </div>
      <h3>{t('transferToCounter')}</h3>
      <div class="choice-grid">
        {[...counters].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.number - b.number).map((c) => (
          <button type="button" class={`choice counter-${c.state}`} data-counter={c.id} disabled={busy} onClick={() => onPick({ counterId: c.id })}>
            {c.name[lang]}
            <span class={`badge state-${c.state}`} data-state={c.state}>
              {counterStateWord(c.state, lang, c.pauseReason)}
            </span>
            {c.clerkName ? <small> — {c.clerkName}</small> : null}
          </button>
        ))}
      </div>
      <ErrorNote error={error} lang={lang} />
      <div class="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('dismiss')}
        </button>
      </div>
    </Modal>
  )
}
