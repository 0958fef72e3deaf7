import type { DossierReport, DossierReportRow, Lang } from '@luot/shared'
import { percent } from '../format.js'
import { useT, type StringKey } from '../i18n.js'
import { apiPath } from '../root-path.js'

const HEAD: StringKey[] = ['colDossierReceived', 'colResolved', 'colEarly', 'colOnTime', 'colLate', 'colInProgress', 'colResultReady', 'colApologies', 'colSupplement', 'colRefused', 'colWithdrawn']

/** "7.740 (88,6 %)": a count and its share, as provinces publish them. */
const withShare = (n: number, share: number | null, lang: Lang) => `${n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')} (${percent(share, lang)})`

function Table({ rows, total, first, lang, testId }: { rows: DossierReportRow[]; total: DossierReportRow; first: StringKey; lang: Lang; testId: string }) {
  const t = useT()
  const row = (r: DossierReportRow, isTotal = false) => (
    <tr data-key={r.key} class={isTotal ? 'total' : ''}>
      <th scope="row">{lang === 'vi' ? r.label : r.labelEn}</th>
      <td class="num" data-col="received">{r.received}</td>
      <td class="num" data-col="resolved">{withShare(r.resolved, r.resolvedPercent, lang)}</td>
      <td class="num" data-col="early">{withShare(r.early, r.earlyPercent, lang)}</td>
      <td class="num" data-col="onTime">{withShare(r.onTime, r.onTimePercent, lang)}</td>
      <td class="num" data-col="late">{withShare(r.late, r.latePercent, lang)}</td>
      <td class="num" data-col="inProgress">
        {r.inProgress} ({r.inProgressWithin} / {r.inProgressOverdue})
      </td>
      <td class="num" data-col="resultReady">{r.resultReady}</td>
      <td class="num" data-col="apologies">{r.apologies}</td>
      <td class="num" data-col="supplementRequested">{r.supplementRequested}</td>
      <td class="num" data-col="refused">{r.refused}</td>
      <td class="num" data-col="withdrawn">{r.withdrawn}</td>
    </tr>
  )
  return (
    <div class="table-scroll">
      <table class="grid stats-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t(first)}</th>
            {HEAD.map((k) => (
              <th scope="col" class="num">
                {t(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.map((r) => row(r))}</tbody>
        <tfoot>{row(total, true)}</tfoot>
      </table>
    </div>
  )
}

/**
 * The province report of dossiers for the period: received, resolved early / on time / late with
 * their shares, still in progress within or past the due date, apologies, requests, refusals; by
 * service area and by procedure, each with the total. Downloads: CSV, Excel, and the book (Mẫu 06).
 */
export function DossierReportSection({ report, lang }: { report: DossierReport; lang: Lang }) {
  const t = useT()
  const range = `from=${report.from}&to=${report.to}`
  return (
    <section class="panel dossier-report" data-testid="dossier-report">
      <h2>{t('dossierReportTitle')}</h2>
      <h3>{t('byServiceArea')}</h3>
      <Table rows={report.byService} total={report.total} first="colService" lang={lang} testId="dossier-report-services" />
      <h3>{t('byProcedure')}</h3>
      <Table rows={report.byProcedure} total={report.total} first="colProcedure" lang={lang} testId="dossier-report-procedures" />
      <p class="no-print button-row">
        <a class="button" href={apiPath(`/api/stats/dossiers/export.csv?${range}`)} download data-export="dossiers-csv">
          {t('exportDossierCsv')}
        </a>
        <a class="button" href={apiPath(`/api/stats/dossiers/export.xlsx?${range}`)} download data-export="dossiers-xlsx">
          {t('exportDossierXlsx')}
        </a>
        <a class="button" href={apiPath(`/api/stats/dossiers/book.xlsx?${range}`)} download data-export="dossiers-book">
          {t('exportDossierBook')}
        </a>
      </p>
      <p class="no-print muted small">{t('exportDossierBookNote')}</p>
    </section>
  )
}
