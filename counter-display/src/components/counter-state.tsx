import type { CounterView, Lang } from '@luot/shared'
import { t } from '../strings.js'

/** "Đang tiếp nhận", "Tạm dừng: <reason>" or "Tạm ngừng tiếp nhận". */
export function counterStateText(counter: CounterView, lang: Lang): string {
  if (counter.state === 'open') return t('stateOpen', lang)
  if (counter.state === 'closed') return t('stateClosed', lang)
  return counter.pauseReason ? `${t('statePaused', lang)}: ${counter.pauseReason}` : t('statePaused', lang)
}

/** The counter's state as a coloured badge. */
export function CounterStateBadge({ counter, lang }: { counter: CounterView; lang: Lang }) {
  return (
    <span class={`state-badge ${counter.state}`} data-testid="counter-state">
      {counterStateText(counter, lang)}
    </span>
  )
}
