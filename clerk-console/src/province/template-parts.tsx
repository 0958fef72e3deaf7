import type { Lang, ProvinceTemplate } from '@luot/shared'
import { useT } from '../i18n.js'

/** The template's counters (with the service areas each serves, in order), outcomes, priority groups and rating scale. */
export function TemplateParts({ template, lang }: { template: ProvinceTemplate; lang: Lang }) {
  const t = useT()
  const serviceName = new Map(template.services.map((s) => [s.id, s.name[lang]]))
  const { rating } = template
  return (
    <div class="template-parts">
      <section class="panel" data-part="counters">
        <h2>{t('pTplCounters', { n: template.counters.length })}</h2>
        <ul>
          {template.counters.map((c) => (
            <li>
              <strong>{c.name[lang]}</strong>
              <span class="muted"> — {c.serviceIds.map((id) => serviceName.get(id) ?? id).join(', ') || t('none')}</span>
            </li>
          ))}
        </ul>
      </section>
      <section class="panel" data-part="outcomes">
        <h2>{t('pTplOutcomes')}</h2>
        <ul>
          {template.outcomes.map((o) => (
            <li>{o.name[lang]}</li>
          ))}
        </ul>
        <h2>{t('pTplPriority')}</h2>
        {template.priorityGroups.length === 0 ? <p class="muted">{t('none')}</p> : null}
        <ul>
          {template.priorityGroups.map((g) => (
            <li>{g.name[lang]}</li>
          ))}
        </ul>
      </section>
      <section class="panel" data-part="rating">
        <h2>{t('pTplRating')}</h2>
        <ol class="rating-levels">
          {rating.levels.map((l) => (
            <li data-value={l.value}>
              {l.value} — {l.name[lang]}
              {l.value >= rating.satisfiedMin ? <span class="badge state-open">{t('pTplSatisfied')}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}
