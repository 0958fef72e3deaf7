import type { CounterView, Lang } from '@luot/shared'
import { counterStateWord } from '@luot/shared/counter-state-words'
import { bookedSlot } from '@luot/shared/ticket-marks'
import { t } from '../strings.js'

/** One counter on the hall board: its number and the ticket it serves, or why it serves none. */
export function CounterTile({ counter, lang, flashing }: { counter: CounterView; lang: Lang; flashing: boolean }) {
  const current = counter.current
  const state = counter.state === 'open' ? (current ? 'serving' : 'idle') : counter.state
  const status = counterStateWord(counter.state, lang)
  return (
    <li class={`tile ${state}${flashing ? ' flash' : ''}${current?.priorityGroup ? ' priority' : ''}${bookedSlot(current) !== null ? ' booked' : ''}`} data-counter={counter.number} data-current={current?.number ?? ''}>
      <span class="tile-label">
        {t('toCounter', lang)} <b>{counter.number}</b>
      </span>
      {current ? <span class="tile-number">{current.number}</span> : <span class="tile-status">{status}</span>}
    </li>
  )
}
