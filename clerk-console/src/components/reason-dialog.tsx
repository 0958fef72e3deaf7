import { useState } from 'preact/hooks'
import { useConsoleState } from '../state.js'
import { useT } from '../i18n.js'
import { invalid, type UiError } from '../ui-error.js'
import { ErrorNote } from './error-note.js'
import { Modal } from './modal.js'

interface Props {
  title: string
  label?: string
  hint?: string
  presets?: string[]
  /** The confirm button says what happens ("Huỷ phiếu này"), never just "OK". */
  confirmLabel: string
  danger?: boolean
  busy: boolean
  error: UiError | null
  onSubmit: (reason: string) => void
  onClose: () => void
}

/** Asks for a reason (a pause, an out-of-turn call, a cancellation); an empty one is refused here. */
export function ReasonDialog({ title, label, hint, presets = [], confirmLabel, danger = false, busy, error, onSubmit, onClose }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  const [reason, setReason] = useState('')
  const [local, setLocal] = useState<UiError | null>(null)
  const submit = (e: Event) => {
    e.preventDefault()
    if (!reason.trim()) return setLocal(invalid(t('reasonRequired'), t('reasonRequired')))
    setLocal(null)
    onSubmit(reason.trim())
  }
  return (
    <Modal title={title} onClose={onClose}>
      {hint ? <p class="hint">{hint}</p> : null}
      <form onSubmit={submit}>
        {presets.length ? (
          <div class="chips">
            {presets.map((p) => (
              <button type="button" class={`chip${p === reason ? ' chip-on' : ''}`} onClick={() => setReason(p)}>
                {p}
              </button>
            ))}
          </div>
        ) : null}
        <label class="field">
          <span>{label ?? t('reasonLabel')}</span>
          <input name="reason" value={reason} maxLength={300} autoFocus onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        <ErrorNote error={local ?? error} lang={lang} />
        <div class="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('dismiss')}
          </button>
          <button type="submit" class={danger ? 'primary danger' : 'primary'} disabled={busy}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </Modal>
  )
}
