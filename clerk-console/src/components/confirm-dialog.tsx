import { useConsoleState } from '../state.js'
import { useT } from '../i18n.js'
import type { UiError } from '../ui-error.js'
import { ErrorNote } from './error-note.js'
import { Modal } from './modal.js'

interface Props {
  title: string
  text: string
  /** What the button does, in words ("Đánh dấu vắng mặt"). */
  confirmLabel: string
  busy: boolean
  error: UiError | null
  onConfirm: () => void
  onClose: () => void
}

/** Asks before a destructive action: the safe way out first, the action far from it and named. */
export function ConfirmDialog({ title, text, confirmLabel, busy, error, onConfirm, onClose }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  return (
    <Modal title={title} onClose={onClose}>
      <p>{text}</p>
      <ErrorNote error={error} lang={lang} />
      <div class="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('dismiss')}
        </button>
        <button type="button" class="primary danger" disabled={busy} autoFocus onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  )
}
