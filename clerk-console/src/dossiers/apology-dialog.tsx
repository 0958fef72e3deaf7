import { useState } from 'preact/hooks'
import { ErrorNote } from '../components/error-note.js'
import { Modal } from '../components/modal.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { invalid, type UiError } from '../ui-error.js'

interface Props {
  code: string
  /** The earliest new date allowed ("YYYY-MM-DD", the day after today). */
  minDate: string
  busy: boolean
  error: UiError | null
  onSubmit: (reason: string, newDate: string) => void
  onClose: () => void
}

/** Mẫu 04: why the result is late and the new date promised; both required. */
export function ApologyDialog({ code, minDate, busy, error, onSubmit, onClose }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  const [reason, setReason] = useState('')
  const [newDate, setNewDate] = useState('')
  const [local, setLocal] = useState<UiError | null>(null)
  const submit = (e: Event) => {
    e.preventDefault()
    if (!reason.trim()) return setLocal(invalid(t('reasonRequired'), t('reasonRequired')))
    if (!newDate) return setLocal(invalid(t('newDateRequired'), t('newDateRequired')))
    setLocal(null)
    onSubmit(reason.trim(), newDate)
  }
  return (
    <Modal title={t('apologyTitle', { code })} onClose={onClose}>
      <form onSubmit={submit} data-testid="apology-dialog">
        <label class="field">
          <span>{t('apologyReason')}</span>
          <input name="reason" value={reason} maxLength={300} autoFocus onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        <label class="field narrow">
          <span>{t('apologyNewDate')}</span>
          <input type="date" name="newDate" min={minDate} value={newDate} onInput={(e) => setNewDate(e.currentTarget.value)} />
        </label>
        <ErrorNote error={local ?? error} lang={lang} />
        <div class="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('dismiss')}
          </button>
          <button type="submit" class="primary" disabled={busy}>
            {t('apologyConfirm')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
