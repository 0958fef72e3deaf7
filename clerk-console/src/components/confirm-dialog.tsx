import { useConsoleState } from '../state.js'
import { useT } from '../i18n.js'
import type { UiError } from '../ui-error.js'
import { ErrorNote } from './error-note.js'
import { Modal } from './modal.js'

interface Props {
  title: string
  text: string
  busy: boolean
  error: UiError | null
  onConfirm: () => void
  onClose: () => void
}

export function ConfirmDialog({ title, text, busy, error, onConfirm, onClose }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  return (
    <Modal title={title} onClose={onClose}>
      <p>{text}</p>
      <ErrorNote error={error} lang={lang} />
      <div class="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button type="button" class="primary danger" disabled={busy} autoFocus onClick={onConfirm}>
          {t('confirm')}
        </button>
      </div>
    </Modal>
  )
}
