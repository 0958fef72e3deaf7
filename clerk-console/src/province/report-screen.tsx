import { useEffect, useState } from 'preact/hooks'
import type { CentreEntry, ProvinceReport } from '@luot/shared'
import { ErrorNote } from '../components/error-note.js'
import { ReportFrame } from '../history/report-frame.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import { apiPath } from '../root-path.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { papi } from './province-api.js'
import { PROVINCE_TIME_ZONE, todayKey } from './province-time.js'
import { ReportQueryForm, type ProvinceReportForm } from './report-query-form.js'
import { monthStart, reportQuery } from './report-rows.js'
import { Rankings, ReportTable } from './report-table.js'

const fmtDay = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`

/** The query kept in the hash (#/reports?from=…&to=…&district=…): a reload shows the same report. */
function queryFromHash(): ProvinceReportForm {
  const p = new URLSearchParams(location.hash.split('?')[1] ?? '')
  const day = (v: string | null, fallback: string) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : fallback)
  return { from: day(p.get('from'), monthStart(todayKey())), to: day(p.get('to'), todayKey()), district: p.get('district') ?? '' }
}

/** The province report: every centre side by side and the total, the rankings; exports and the printed form, issued under `province`'s name. */
export function ReportScreen({ province }: { province: string }) {
  const { lang } = useConsoleState()
  const t = useT()
  const [query, setQuery] = useState(queryFromHash)
  const [centres, setCentres] = useState<CentreEntry[]>([])
  const [report, setReport] = useState<{ data: ProvinceReport; printedAt: Date; district: string } | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const { pending, run } = useInFlight()
  const load = (q: ProvinceReportForm) =>
    run('load', async () => {
      history.replaceState(null, '', `#/reports?${reportQuery(q)}`)
      const r = await papi<ProvinceReport>('GET', `report?${reportQuery(q)}`)
      setError(r.ok ? null : r.error)
      if (r.ok) setReport({ data: r.data, printedAt: new Date(), district: q.district })
    })
  useEffect(() => {
    void load(query)
    void papi<CentreEntry[]>('GET', 'centres').then((r) => r.ok && setCentres(r.data))
  }, [])
  const districts = [...new Set(centres.map((c) => c.district).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'vi'))
  const provincial = centres.find((c) => c.kind === 'provincial')
  return (
    <div class="history-screen province-report">
      <h1 class="no-print">{t('pReportTitle')}</h1>
      <ReportQueryForm query={query} districts={districts} busy={pending !== null} exportHref={(ext) => apiPath(`/api/province/report.${ext}?${reportQuery(query)}`)} onChange={setQuery} onSubmit={() => void load(query)} />
      <ErrorNote error={error} lang={lang} />
      {report ? (
        <article class="report" data-from={report.data.from} data-to={report.data.to}>
          <ReportFrame centre={{ name: provincial?.name ?? t('pIssuerDefault'), province, commune: '', timeZone: PROVINCE_TIME_ZONE }} printedAt={report.printedAt} lang={lang}>
            <header class="report-head">
              <h2>{t('pReportHeading', { from: fmtDay(report.data.from), to: fmtDay(report.data.to) })}</h2>
              {report.district ? <p data-district>{t('pReportDistrict', { name: report.district })}</p> : null}
            </header>
            <section class="panel">
              <h2>{t('pReportCentres', { n: report.data.centres.length })}</h2>
              {report.data.centres.length === 0 ? <p class="muted">{t('noData')}</p> : null}
              <ReportTable report={report.data} lang={lang} />
            </section>
            <section class="panel">
              <h2>{t('pRankingsTitle')}</h2>
              <Rankings report={report.data} lang={lang} />
            </section>
          </ReportFrame>
        </article>
      ) : null}
    </div>
  )
}
