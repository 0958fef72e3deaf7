import { useT } from '../i18n.js'

/** How long a no-show can be undone with one key: long enough to notice a wrong K, short enough not to linger. */
export const UNDO_SECONDS = 10

/** "2001 was marked as a no-show — Undo (U)", for a few seconds after a no-show. */
export function UndoBar({ number, secondsLeft, busy, onUndo }: { number: string; secondsLeft: number; busy: boolean; onUndo: () => void }) {
  const t = useT()
  return (
    <div class="undo-bar" role="status" data-testid="undo-bar">
      <span>{t('skipDone', { number })}</span>
      <button type="button" class="primary" disabled={busy} onClick={onUndo} data-testid="undo">
        {t('undo')} <kbd>U</kbd>
      </button>
      <span class="muted small">
        {t('undoHint')} · {secondsLeft}s
      </span>
    </div>
  )
}
