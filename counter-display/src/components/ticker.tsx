import type { Lang } from '@luot/shared'
import { tickerItems } from '../format.js'

/** Seconds per character: slow enough to read from the back of the hall. */
const SECONDS_PER_CHAR = 0.2

/** The scrolling line at the foot of the board: the hotline, then the centre's notices. */
export function Ticker({ hotline, notices, lang }: { hotline: string; notices: readonly string[]; lang: Lang }) {
  const items = tickerItems(hotline, notices, lang)
  const seconds = Math.max(20, Math.round(items.join('   •   ').length * SECONDS_PER_CHAR))
  const copy = (hidden: boolean) => (
    <div class="ticker-copy" aria-hidden={hidden ? 'true' : undefined}>
      {items.map((item, i) => (
        <span key={i} class="ticker-item">
          {item}
        </span>
      ))}
    </div>
  )
  return (
    <footer class="ticker" data-testid="ticker">
      <div class="ticker-track" style={{ animationDuration: `${seconds}s` }}>
        {copy(false)}
        {copy(true)}
      </div>
    </footer>
  )
}
