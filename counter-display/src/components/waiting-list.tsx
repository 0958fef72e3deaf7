import { formatWait } from '@luot/shared/estimate'
import type { Lang, ServiceView } from '@luot/shared'
import { formatCounterList } from '../format.js'
import { t } from '../strings.js'
import { BiText } from './bi-text.js'

/** People waiting per service area, with the estimated wait and the counters that serve it. */
export function WaitingList({ services, lang }: { services: ServiceView[]; lang: Lang }) {
  const active = services.filter((s) => s.active)
  return (
    <section class="waiting" data-testid="waiting">
      <h2 class="panel-title">
        <BiText k="waitingHeading" lang={lang} />
      </h2>
      <ul class="services" style={{ gridTemplateRows: `repeat(${Math.max(active.length, 1)}, minmax(0, 1fr))` }}>
        {active.map((s) => (
          <li key={s.id} class={`service${s.waiting > 0 ? '' : ' empty'}`} data-service={s.id} data-waiting={s.waiting}>
            <span class="service-text">
              <span class="service-name">{s.name[lang]}</span>
              <span class="service-counters">{formatCounterList(s.openCounterNumbers.length ? s.openCounterNumbers : s.counterNumbers, lang)}</span>
            </span>
            <span class="service-figures">
              <b class="service-waiting" title={t('waitingShort', lang)}>{s.waiting}</b>
              <small class="service-wait">{formatWait(s.estimatedWaitMinutes, lang)}</small>
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
