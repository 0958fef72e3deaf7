import type { Lang, ProvinceLive } from '@luot/shared'
import { percent } from '../format.js'
import { useT, type StringKey } from '../i18n.js'

/** The province at a glance: people waiting, counters open, today's tickets and satisfaction, centres needing attention. */
export function LiveTotals({ live, lang }: { live: ProvinceLive; lang: Lang }) {
  const t = useT()
  const n = (v: number) => v.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')
  const tiles: { key: string; label: StringKey; value: string; bad?: boolean }[] = [
    { key: 'centres', label: 'pTotalCentres', value: n(live.centres.length) },
    { key: 'waiting', label: 'pTotalWaiting', value: n(live.total.waiting) },
    { key: 'openCounters', label: 'pTotalOpenCounters', value: n(live.total.openCounters) },
    { key: 'issued', label: 'pTotalIssued', value: n(live.total.issued) },
    { key: 'served', label: 'pTotalServed', value: n(live.total.served) },
    { key: 'satisfied', label: 'pTotalSatisfied', value: percent(live.total.satisfiedPercent, lang) },
    { key: 'needAttention', label: 'pTotalAttention', value: n(live.total.needAttention), bad: live.total.needAttention > 0 },
  ]
  return (
    <dl class="province-totals" aria-label={t('pTotalsLabel')}>
      {tiles.map((x) => (
        <div class={`tile${x.bad ? ' bad' : ''}`} data-total={x.key}>
          <dt>{t(x.label)}</dt>
          <dd>{x.value}</dd>
        </div>
      ))}
    </dl>
  )
}
