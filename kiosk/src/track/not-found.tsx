import type { Lang } from '@luot/shared'
import { TRACK_STRINGS } from './track-strings.js'

/** A code that is not a ticket of today: say so, and show nothing else. */
export function NotFound({ lang }: { lang: Lang }) {
  return (
    <section class="card not-found" data-testid="not-found" role="alert">
      <h2>{TRACK_STRINGS.notFound[lang]}</h2>
      <p>{TRACK_STRINGS.notFoundHint[lang]}</p>
    </section>
  )
}
