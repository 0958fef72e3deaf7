import type { ClerkToday, Lang } from '@luot/shared'
import { duration } from '../format.js'
import { useT } from '../i18n.js'

/** This clerk's served count and mean service time today (from the server's figures). */
export function ClerkTodayCard({ clerk, lang }: { clerk: ClerkToday | undefined; lang: Lang }) {
  const t = useT()
  return (
    <section class="panel today-card">
      <h2>{t('todayTitle')}</h2>
      <div class="figures">
        <div>
          <div class="figure" data-figure="served">{clerk?.served ?? 0}</div>
          <div class="label">{t('todayServed')}</div>
        </div>
        <div>
          <div class="figure" data-figure="average">{clerk ? duration(clerk.avgServiceSeconds, lang) : '—'}</div>
          <div class="label">{t('todayAverage')}</div>
        </div>
      </div>
    </section>
  )
}
