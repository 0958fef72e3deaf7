import type { Durations, Lang, StatsResult, StatsRow } from '@luot/shared'
import { showsIssued } from '@luot/shared/report-columns'
import { clock, percent } from '../format.js'
import { useT } from '../i18n.js'

const d = (x: number | null) => (x === null ? '—' : clock(x))

function DurationCells({ v }: { v: Durations }) {
  return (
    <>
      <td class="num">{d(v.mean)}</td>
      <td class="num">{d(v.p50)}</td>
      <td class="num">{d(v.p90)}</td>
    </>
  )
}

/** The report's figures per group, as published: counts, wait and service times, satisfaction. */
export function StatsTable({ result, groupLabel, lang }: { result: StatsResult; groupLabel: string; lang: Lang }) {
  const t = useT()
  const issued = showsIssued(result.groupBy)
  const row = (r: StatsRow, total = false) => (
    <tr data-key={r.key} class={total ? 'total' : ''}>
      <th scope="row">{lang === 'vi' ? r.label : r.labelEn}</th>
      {issued && <td class="num" data-col="issued">{r.issued}</td>}
      <td class="num" data-col="served">{r.served}</td>
      <td class="num" data-col="noShow">{r.noShow}</td>
      <td class="num" data-col="transferred">{r.transferred}</td>
      <td class="num" data-col="cancelled">{r.cancelled}</td>
      <DurationCells v={r.wait} />
      <DurationCells v={r.service} />
      <td class="num" data-col="ratings">{r.ratingCount}</td>
      <td class="num" data-col="satisfied">{percent(r.satisfiedPercent, lang)}</td>
    </tr>
  )
  return (
    <div class="table-scroll">
      <table class="grid stats-table">
        <thead>
          <tr>
            <th rowSpan={2}>{groupLabel}</th>
            {issued && <th rowSpan={2} class="num">{t('colIssued')}</th>}
            <th rowSpan={2} class="num">{t('colServedH')}</th>
            <th rowSpan={2} class="num">{t('colNoShow')}</th>
            <th rowSpan={2} class="num">{t('colTransferred')}</th>
            <th rowSpan={2} class="num">{t('colCancelled')}</th>
            <th colSpan={3}>{t('colWait')}</th>
            <th colSpan={3}>{t('colServiceTime')}</th>
            <th rowSpan={2} class="num">{t('colRatings')}</th>
            <th rowSpan={2} class="num">{t('colSatisfied')}</th>
          </tr>
          <tr>
            <th class="num">{t('colMean')}</th>
            <th class="num">p50</th>
            <th class="num">p90</th>
            <th class="num">{t('colMean')}</th>
            <th class="num">p50</th>
            <th class="num">p90</th>
          </tr>
        </thead>
        <tbody>{result.rows.map((r) => row(r))}</tbody>
        <tfoot>{row(result.total, true)}</tfoot>
      </table>
    </div>
  )
}
