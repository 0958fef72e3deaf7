import type { Lang, ProvinceReport } from '@luot/shared'
import { useT, type StringKey } from '../i18n.js'
import { rankingLines, REPORT_COLUMNS, reportLines, type ReportColumn } from './report-rows.js'

const HEAD: Record<ReportColumn, StringKey> = {
  issued: 'colIssued',
  served: 'colServedH',
  noShow: 'colNoShow',
  waitP50: 'pColWaitP50',
  waitP90: 'pColWaitP90',
  serviceP50: 'pColServiceP50',
  satisfied: 'colSatisfied',
  withinTarget: 'pColWithinTarget',
  received: 'pColReceived',
  resolved: 'pColResolved',
  onTime: 'pColOnTime',
  late: 'pColLate',
}

/** Each centre side by side, then the province total: queue figures and dossier figures. */
export function ReportTable({ report, lang }: { report: ProvinceReport; lang: Lang }) {
  const t = useT()
  const lines = reportLines(report, lang, t('pProvinceTotal'))
  return (
    <div class="table-scroll">
      <table class="grid stats-table province-report-table">
        <thead>
          <tr>
            <th rowSpan={2} scope="col">{t('pColCentre')}</th>
            <th colSpan={8} scope="colgroup">{t('pColQueue')}</th>
            <th colSpan={4} scope="colgroup">{t('pColDossiers')}</th>
          </tr>
          <tr>
            {REPORT_COLUMNS.map((c) => (
              <th scope="col" class="num">{t(HEAD[c])}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.filter((l) => !l.total).map((l) => (
            <tr data-key={l.key}>
              <th scope="row">
                {l.name}
                {l.district ? <small class="muted"> · {l.district}</small> : null}
                {l.archivedOn ? <small class="muted" data-archived> · {t('pArchivedOn', { date: l.archivedOn })}</small> : null}
              </th>
              {REPORT_COLUMNS.map((c) => <td class="num" data-col={c}>{l.cells[c]}</td>)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {lines.filter((l) => l.total).map((l) => (
            <tr data-key="total" class="total">
              <th scope="row">{l.name}</th>
              {REPORT_COLUMNS.map((c) => <td class="num" data-col={c}>{l.cells[c]}</td>)}
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  )
}

const RANKINGS: { key: keyof ProvinceReport['rankings']; label: StringKey }[] = [
  { key: 'satisfaction', label: 'pRankSatisfaction' },
  { key: 'withinTarget', label: 'pRankWithinTarget' },
  { key: 'dossiersOnTime', label: 'pRankOnTime' },
]

/** The three rankings, best first; a centre with nothing to rank is left out (the server says which). */
export function Rankings({ report, lang }: { report: ProvinceReport; lang: Lang }) {
  const t = useT()
  return (
    <div class="rankings">
      {RANKINGS.map((r) => {
        const lines = rankingLines(report.rankings[r.key], report, lang)
        return (
          <section data-ranking={r.key}>
            <h3>{t(r.label)}</h3>
            {lines.length === 0 ? (
              <p class="muted">{t('noData')}</p>
            ) : (
              <ol>
                {lines.map((l) => (
                  <li data-slug={l.slug}>
                    <span class="rank">{l.rank}.</span> <span class="name">{l.name}</span> <span class="value">{l.value}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        )
      })}
    </div>
  )
}
