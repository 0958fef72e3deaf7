import type { CounterView, Lang } from '@luot/shared'
import { counterStateWord } from '@luot/shared/counter-state-words'

/** The counter's state in the one word every screen uses ("Tạm dừng: Họp" with its reason). */
export const counterStateText = (counter: CounterView, lang: Lang): string => counterStateWord(counter.state, lang, counter.pauseReason)

/** The counter's state as a coloured badge. */
export function CounterStateBadge({ counter, lang }: { counter: CounterView; lang: Lang }) {
  return (
    <span class={`state-badge ${counter.state}`} data-testid="counter-state">
      {counterStateText(counter, lang)}
    </span>
  )
}
