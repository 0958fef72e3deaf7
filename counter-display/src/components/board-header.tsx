import type { ComponentChildren } from 'preact'
import type { Lang, PublicCentre } from '@luot/shared'
import { formatClock, formatDate } from '../format.js'

/** Centre name on the left, the centre's date and time on the right; `children` (the sound button) between, never over the rows. */
export function BoardHeader({ centre, lang, now, children }: { centre: PublicCentre; lang: Lang; now: number; children?: ComponentChildren }) {
  return (
    <header class="board-header">
      <div class="centre">
        <h1 class="centre-name">{lang === 'en' ? centre.nameEn : centre.name}</h1>
        <p class="centre-sub">{[centre.commune, centre.province].filter(Boolean).join(' · ')}</p>
      </div>
      {children}
      <div class="when">
        <time class="clock" data-testid="clock">{formatClock(now, centre.timeZone)}</time>
        <span class="date">{formatDate(now, centre.timeZone, lang)}</span>
      </div>
    </header>
  )
}
