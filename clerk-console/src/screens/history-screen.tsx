import { useEffect, useState } from 'preact/hooks'
import type { AuditEntry, BookingReport, DossierReport, RatingNote, StatsGroupBy, StatsResult } from '@luot/shared'
import { formatTicketTime } from '@luot/shared/time'
import { get } from '../api.js'
import { ErrorNote } from '../components/error-note.js'
import { AuditTable } from '../history/audit-table.js'
import { BookingReportTable } from '../history/booking-report.js'
import { DossierReportSection } from '../history/dossier-report.js'
import { Breakdowns } from '../history/breakdowns.js'
import { GROUP_LABELS, HistoryQueryForm, type HistoryQuery } from '../history/history-query.js'
import { RatingNotes } from '../history/rating-notes.js'
import { ReportCharts } from '../history/report-charts.js'
import { ReportFrame } from '../history/report-frame.js'
import { StatsTable } from '../history/stats-table.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import { apiPath } from '../root-path.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'

interface Report {
  query: HistoryQuery
  stats: StatsResult
  hours: StatsResult
  days: StatsResult
  audit: AuditEntry[]
  notes: RatingNote[]
  /** Null when the server has no booking figures to give. */
  bookings: BookingReport | null
  /** Null when the server has no dossier figures to give (dossiers off). */
  dossiers: DossierReport | null
  printedAt: Date
}

const GROUPS = Object.keys(GROUP_LABELS) as StatsGroupBy[]

/** The query kept in the hash (#/history?from=…&to=…&groupBy=…): a reload shows the same report. */
function queryFromHash(today: string): HistoryQuery {
  const p = new URLSearchParams(location.hash.split('?')[1] ?? '')
  const day = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : today)
  const g = p.get('groupBy') as StatsGroupBy | null
  return { from: day(p.get('from')), to: day(p.get('to')), groupBy: g && GROUPS.includes(g) ? g : 'service' }
}

const qs = (q: HistoryQuery, groupBy = q.groupBy) => `from=${q.from}&to=${q.to}&groupBy=${groupBy}`

/** Reports over a date range: figures, charts, satisfaction, outcomes, audit; export and print. */
export function HistoryScreen() {
  const { snapshot, lang } = useConsoleState()
  const t = useT()
  const today = snapshot?.date ?? new Date().toISOString().slice(0, 10)
  const [query, setQuery] = useState(() => queryFromHash(today))
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const { pending, run } = useInFlight()

  const load = (q: HistoryQuery) =>
    run('load', async () => {
      history.replaceState(null, '', `#/history?${qs(q)}`)
      const [stats, hours, days, audit, notes, bookings, dossiers] = await Promise.all([
        get<StatsResult>(`/api/stats?${qs(q)}`),
        get<StatsResult>(`/api/stats?${qs(q, 'hour')}`),
        get<StatsResult>(`/api/stats?${qs(q, 'day')}`),
        get<AuditEntry[]>(`/api/audit?from=${q.from}&to=${q.to}`),
        get<RatingNote[]>(`/api/ratings/notes?from=${q.from}&to=${q.to}`),
        get<BookingReport>(`/api/stats/bookings?from=${q.from}&to=${q.to}`),
        get<DossierReport>(`/api/stats/dossiers?from=${q.from}&to=${q.to}`),
      ])
      const failed = [stats, hours, days, audit, notes].find((r) => !r.ok)
      if (failed && !failed.ok) return setError(failed.error)
      if (stats.ok && hours.ok && days.ok && audit.ok && notes.ok) {
        setError(null)
        setReport({ query: q, stats: stats.data, hours: hours.data, days: days.data, audit: audit.data, notes: notes.data, bookings: bookings.ok ? bookings.data : null, dossiers: dossiers.ok ? dossiers.data : null, printedAt: new Date() })
      }
    })
  useEffect(() => void load(query), [])

  if (!snapshot) return <p class="loading">{t('loading')}</p>
  const clerkNames = new Map<string, string>([...snapshot.clerks.map((c) => [c.clerkId, c.displayName] as const), ...snapshot.counters.flatMap((c) => (c.clerkId && c.clerkName ? [[c.clerkId, c.clerkName] as const] : []))])
  const fmtDay = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`
  return (
    <div class="history-screen">
      <h1 class="no-print">{t('historyTitle')}</h1>
      <HistoryQueryForm query={query} busy={pending !== null} exportHref={(ext) => apiPath(`/api/stats/export.${ext}?${qs(query)}`)} onChange={setQuery} onSubmit={() => void load(query)} />
      <ErrorNote error={error} lang={lang} />
      {report ? (
        <article class="report" data-from={report.query.from} data-to={report.query.to}>
          <ReportFrame centre={snapshot.centre} printedAt={report.printedAt} lang={lang}>
          <header class="report-head">
            <p class="centre-name">{lang === 'vi' ? snapshot.centre.name : snapshot.centre.nameEn}</p>
            <h2>{t('reportHeading', { from: fmtDay(report.query.from), to: fmtDay(report.query.to) })}</h2>
            <p class="print-only muted">{t('printedAt', { time: formatTicketTime(report.printedAt, snapshot.centre.timeZone) })}</p>
          </header>
          <section class="panel">
            <h2>
              {t('statsTitle')} — {t(GROUP_LABELS[report.query.groupBy])}
            </h2>
            {report.stats.rows.length === 0 ? <p class="muted">{t('noData')}</p> : null}
            <StatsTable result={report.stats} groupLabel={t(GROUP_LABELS[report.query.groupBy])} lang={lang} />
          </section>
          <section class="panel">
            <h2>{t('chartsTitle')}</h2>
            <ReportCharts hours={report.hours} days={report.days} rating={snapshot.settings.rating} lang={lang} />
          </section>
          {report.bookings && report.bookings.total.made > 0 ? (
            <section class="panel">
              <h2>{t('bookingReportTitle')}</h2>
              <BookingReportTable report={report.bookings} lang={lang} />
              <p class="no-print">
                <a class="button" href={apiPath(`/api/bookings/export.csv?from=${query.from}&to=${query.to}`)} download data-export="booking-names">
                  {t('exportBookingNames')}
                </a>{' '}
                {t('exportBookingNamesNote')}
              </p>
            </section>
          ) : null}
          {report.dossiers ? <DossierReportSection report={report.dossiers} lang={lang} /> : null}
          <Breakdowns total={report.stats.total} rating={snapshot.settings.rating} outcomes={snapshot.settings.outcomes} lang={lang} />
          <section class="panel">
            <h2>{t('notesTitle')}</h2>
            <RatingNotes notes={report.notes} rating={snapshot.settings.rating} services={snapshot.services} counters={snapshot.counters} timeZone={snapshot.centre.timeZone} lang={lang} />
          </section>
          <section class="panel">
            <h2>{t('auditTitle')}</h2>
            <AuditTable entries={report.audit} counters={snapshot.counters} services={snapshot.services} clerkNames={clerkNames} timeZone={snapshot.centre.timeZone} lang={lang} />
          </section>
          </ReportFrame>
        </article>
      ) : null}
    </div>
  )
}
