import { ErrorNote } from '../components/error-note.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'

export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; error: UiError }

/** The save button of a form and what became of the last save: done, or the server's refusal. */
export function SaveBar({ status, busy, label, onCancel }: { status: SaveStatus; busy: boolean; label?: string; onCancel?: () => void }) {
  const t = useT()
  const { lang } = useConsoleState()
  return (
    <div class="save-bar">
      <button type="submit" class="primary" disabled={busy}>
        {label ?? t('save')}
      </button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      ) : null}
      {status.kind === 'saved' ? (
        <span class="ok-note" role="status">
          {t('saved')}
        </span>
      ) : null}
      {status.kind === 'error' ? <ErrorNote error={status.error} lang={lang} /> : null}
    </div>
  )
}
