import type { Lang, Outcome, RatingSettings, StatsRow } from '@luot/shared'
import { percent } from '../format.js'
import { useT } from '../i18n.js'
import { ShareBars } from './share-bars.js'

interface Props {
  total: StatsRow
  rating: RatingSettings
  outcomes: Outcome[]
  lang: Lang
}

/** Satisfied share, low-score reasons and visit outcomes over the whole range. */
export function Breakdowns({ total, rating, outcomes, lang }: Props) {
  const t = useT()
  return (
    <div class="breakdowns">
      <section class="panel">
        <h2>{t('ratingsTitle')}</h2>
        <p class="satisfied-share" data-percent={total.satisfiedPercent ?? ''}>
          {t('satisfiedShare', { percent: percent(total.satisfiedPercent, lang), n: total.ratingCount })}
        </p>
        <h3>{t('lowReasonsTitle')}</h3>
        <ShareBars lang={lang} className="reasons" items={rating.lowReasons.map((r) => ({ key: r.id, label: r.name[lang], count: total.lowReasons[r.id] ?? 0 }))} />
      </section>
      <section class="panel">
        <h2>{t('outcomesTitle')}</h2>
        <ShareBars lang={lang} className="outcomes" items={outcomes.map((o) => ({ key: o.id, label: o.name[lang], count: total.outcomes[o.id] ?? 0 }))} />
      </section>
    </div>
  )
}
