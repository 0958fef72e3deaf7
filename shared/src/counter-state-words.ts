import type { Lang } from './schemas/common.js'

/** A counter's state as the public and the staff see it: open, paused or closed. */
export type CounterStateName = 'open' | 'paused' | 'closed'

/**
 * One word for each counter state, used by the hall board, the counter screen and the clerk
 * console alike: a citizen who reads "Tạm dừng" on the board must read the same above the counter.
 */
export const COUNTER_STATE_WORDS: Record<CounterStateName, Record<Lang, string>> = {
  open: { vi: 'Đang mở', en: 'Open' },
  paused: { vi: 'Tạm dừng', en: 'Paused' },
  closed: { vi: 'Đóng', en: 'Closed' },
}

/** The state's word in `lang`, with the pause reason after it when there is one ("Tạm dừng: Họp"). */
export function counterStateWord(state: CounterStateName, lang: Lang, pauseReason?: string): string {
  const word = COUNTER_STATE_WORDS[state][lang]
  return state === 'paused' && pauseReason ? `${word}: ${pauseReason}` : word
}
