import type { Lang, PublicCentre } from '@luot/shared'
import { formatClock, formatDate } from '../format.js'

/** Centre name on the left, the centre's date and time on the right. */
export function BoardHeader({ centre, lang, now }: { centre: PublicCentre; lang: Lang; now: number }) {
  return (
    <header class="board-header">
      <div class="centre">
        <h1 class="centre-name">{lang === 'en' ? centre.nameEn : centre.name}</h1>
        <p class="centre-sub">{[centre.commune, centre.province].filter(Boolean).join(' · ')}</p>
      </div>
      <div class="when">
        <time class="clock" data-testid="clock">{formatClock(now, centre.timeZone)}</time>
        <span class="date">{formatDate(now, centre.timeZone, lang)}</span>
      </div>
    </header>
  )
}
