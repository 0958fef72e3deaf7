import { formatWait } from '@luot/shared/estimate'
import type { Lang, ServiceView } from '@luot/shared'
import { formatCounterList } from '../format.js'
import { pageAt } from '../paging.js'
import { t } from '../strings.js'
import { BiText } from './bi-text.js'
import { PageMark } from './page-mark.js'

/** Rows that fit the panel at the board's smallest type (24 px on 1080p); more services rotate by page. */
export const SERVICES_PER_PAGE = 8

/** People waiting per service area, with the estimated wait and the counters that serve it; `tick` picks the page. */
export function WaitingList({ services, lang, tick }: { services: ServiceView[]; lang: Lang; tick: number }) {
  const page = pageAt(
    services.filter((s) => s.active),
    SERVICES_PER_PAGE,
    tick,
  )
  const rows = Math.max(1, Math.ceil(services.filter((s) => s.active).length / page.count))
  return (
    <section class="waiting" data-testid="waiting">
      <h2 class="panel-title">
        <span>
          <BiText k="waitingHeading" lang={lang} />
        </span>
        <PageMark page={page} />
      </h2>
      <ul class="services" style={{ gridTemplateRows: `repeat(${rows}, minmax(0, 1fr))` }}>
        {page.items.map((s) => (
          <li key={s.id} class={`service${s.waiting > 0 ? '' : ' empty'}`} data-service={s.id} data-waiting={s.waiting}>
            <span class="service-text">
              <span class="service-name">{s.shortLabel?.[lang] || s.name[lang]}</span>
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
