import { useLayoutEffect } from 'preact/hooks'
import type { Outcome } from '@luot/shared'
import { useConsoleState } from '../state.js'
import { useT } from '../i18n.js'
import type { UiError } from '../ui-error.js'
import { ErrorNote } from './error-note.js'
import { Modal } from './modal.js'

interface Props {
  number: string
  outcomes: Outcome[]
  busy: boolean
  error: UiError | null
  onPick: (outcomeId: string) => void
  onClose: () => void
}

/** Finishing asks what came of the visit (settings.outcomes); keys 1…n pick one. */
export function OutcomeDialog({ number, outcomes, busy, error, onPick, onClose }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  // A layout effect: listening from the render that shows the dialog, so a quick "F then 1" is not lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const i = Number(e.key) - 1
      const o = Number.isInteger(i) ? outcomes[i] : undefined
      if (o && !busy) {
        e.preventDefault()
        onPick(o.id)
      }
    }
    addEventListener('keydown', onKey)
    return () => removeEventListener('keydown', onKey)
  }, [outcomes, busy, onPick])
  return (
    <Modal title={t('finishTitle', { number })} onClose={onClose}>
      <p class="hint">{t('finishHint', { n: outcomes.length })}</p>
      <div class="choice-list">
        {outcomes.map((o, i) => (
          <button type="button" class="choice" data-outcome={o.id} disabled={busy} onClick={() => onPick(o.id)}>
            <kbd>{i + 1}</kbd> {o.name[lang]}
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
