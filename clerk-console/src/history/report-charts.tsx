import type { Lang, RatingSettings, StatsResult } from '@luot/shared'
import { useT } from '../i18n.js'
import { BarChart } from './bar-chart.js'
import { ShareBars } from './share-bars.js'

interface Props {
  hours: StatsResult
  days: StatsResult
  rating: RatingSettings
  lang: Lang
}

/** Waiting time by hour, tickets per day, and the satisfaction breakdown. */
export function ReportCharts({ hours, days, rating, lang }: Props) {
  const t = useT()
  const minutes = (v: number) => v.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: v >= 10 ? 0 : v >= 1 ? 1 : 2 })
  const whole = (v: number) => String(Math.round(v))
  const dayLabel = (key: string) => `${key.slice(8, 10)}/${key.slice(5, 7)}`
  return (
    <div class="charts">
      <BarChart
        title={t('chartWaitByHour')}
        labels={hours.rows.map((r) => `${r.key}h`)}
        series={[{ name: t('colWait'), className: 'series-wait', values: hours.rows.map((r) => (r.wait.mean === null ? null : r.wait.mean / 60)) }]}
        format={minutes}
      />
      <BarChart
        title={t('chartPerDay')}
        labels={days.rows.map((r) => dayLabel(r.key))}
        series={[
          { name: t('legendIssued'), className: 'series-issued', values: days.rows.map((r) => r.issued) },
          { name: t('legendServed'), className: 'series-served', values: days.rows.map((r) => r.served) },
        ]}
        format={whole}
        whole
      />
      <figure class="chart satisfaction-chart">
        <figcaption>{t('chartSatisfaction')}</figcaption>
        <ShareBars lang={lang} className="levels" items={rating.levels.map((l) => ({ key: String(l.value), label: `${l.name[lang]} (${l.value})`, count: days.total.ratings[String(l.value)] ?? 0 }))} />
      </figure>
    </div>
  )
}
