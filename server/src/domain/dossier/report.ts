import { dayKey, type DossierReport, type DossierReportRow, type LocalizedName, type StoredDossier } from '@luot/shared'
import type { Config } from '../types.js'

/** The figures of one dossier for [from, to], each 0 or 1 (apologies may be more). */
interface Counts {
  received: number
  early: number
  onTime: number
  late: number
  inProgress: number
  inProgressOverdue: number
  resultReady: number
  apologies: number
  supplementRequested: number
  refused: number
  withdrawn: number
}

const ZERO: Counts = { received: 0, early: 0, onTime: 0, late: 0, inProgress: 0, inProgressOverdue: 0, resultReady: 0, apologies: 0, supplementRequested: 0, refused: 0, withdrawn: 0 }
const ENDED = new Set(['returned', 'refused', 'withdrawn'])

/**
 * What one dossier adds to the report of [from, to], by the local day each step happened:
 * received (not refused at the counter) in the period; returned in it, by its timeliness; still open
 * at the end of `to` (its status then, and the due date then in force: overdue when that day is not
 * after the due date and the result was not ready); apologies, supplement requests, refusals and
 * withdrawals made in the period.
 */
export function dossierCounts(d: StoredDossier, from: string, to: string, timeZone: string): Counts {
  const day = (iso: string) => dayKey(new Date(iso), timeZone)
  const within = (iso: string) => day(iso) >= from && day(iso) <= to
  const c: Counts = { ...ZERO }
  const receivedAtCounter = d.history[0]?.status !== 'refused'
  if (receivedAtCounter && within(d.receivedAt)) c.received = 1
  if (d.status === 'returned' && d.returnedAt && within(d.returnedAt)) {
    if (d.timeliness === 'early') c.early = 1
    else if (d.timeliness === 'on-time') c.onTime = 1
    else c.late = 1
  }
  // the first step is the receipt: a dossier with steps up to `to` was received by then
  const upTo = d.history.filter((s) => day(s.at) <= to)
  const last = upTo[upTo.length - 1]
  if (receivedAtCounter && last && !ENDED.has(last.status)) {
    c.inProgress = 1
    const dueThen = [...upTo].reverse().find((s) => s.dueDate !== undefined)?.dueDate ?? d.dueDate
    if (last.status === 'result-ready') c.resultReady = 1
    // at the end of `to` the due half-day of a dossier due that day has passed too
    else if ((last.status === 'received' || last.status === 'in-progress') && dueThen <= to) c.inProgressOverdue = 1
  }
  c.apologies = d.apologies.filter((a) => within(a.at)).length
  for (const s of d.history.filter((x) => within(x.at))) {
    if (s.status === 'supplement-requested') c.supplementRequested++
    if (s.status === 'refused') c.refused++
    if (s.status === 'withdrawn') c.withdrawn++
  }
  return c
}

const pct = (n: number, of: number): number | null => (of === 0 ? null : Math.round((n / of) * 1000) / 10)

function row(key: string, label: LocalizedName, c: Counts): DossierReportRow {
  const resolved = c.early + c.onTime + c.late
  return {
    key,
    label: label.vi,
    labelEn: label.en,
    received: c.received,
    resolved,
    resolvedPercent: pct(resolved, c.received),
    early: c.early,
    earlyPercent: pct(c.early, resolved),
    onTime: c.onTime,
    onTimePercent: pct(c.onTime, resolved),
    late: c.late,
    latePercent: pct(c.late, resolved),
    inProgress: c.inProgress,
    inProgressWithin: c.inProgress - c.inProgressOverdue,
    inProgressOverdue: c.inProgressOverdue,
    resultReady: c.resultReady,
    apologies: c.apologies,
    supplementRequested: c.supplementRequested,
    refused: c.refused,
    withdrawn: c.withdrawn,
  }
}

/** A report row's counts (its percentages dropped). */
const countsOf = (r: DossierReportRow): Counts => Object.fromEntries(Object.keys(ZERO).map((k) => [k, r[k as keyof Counts]])) as unknown as Counts
const add = (a: Counts, b: Counts): Counts => Object.fromEntries(Object.keys(ZERO).map((k) => [k, a[k as keyof Counts] + b[k as keyof Counts]])) as unknown as Counts
const empty = (c: Counts): boolean => Object.values(c).every((n) => n === 0)

/**
 * The province report of [from, to] (see DossierReportRow): by service area, by procedure (its
 * name when received) and in total. Rows with nothing to count are left out.
 */
export function buildDossierReport(config: Config, dossiers: readonly StoredDossier[], from: string, to: string): DossierReport {
  const byService = new Map<string, { label: LocalizedName; c: Counts }>()
  const byProcedure = new Map<string, { label: LocalizedName; c: Counts }>()
  let total = { ...ZERO }
  for (const d of dossiers) {
    const c = dossierCounts(d, from, to, config.centre.timeZone)
    if (empty(c)) continue
    const service = config.services.find((s) => s.id === d.serviceId)?.name ?? { vi: d.serviceId, en: d.serviceId }
    const s = byService.get(d.serviceId) ?? { label: service, c: { ...ZERO } }
    byService.set(d.serviceId, { label: s.label, c: add(s.c, c) })
    const p = byProcedure.get(d.procedureId) ?? { label: d.procedureName, c: { ...ZERO } }
    byProcedure.set(d.procedureId, { label: p.label, c: add(p.c, c) })
    total = add(total, c)
  }
  const rows = (m: Map<string, { label: LocalizedName; c: Counts }>) => [...m].map(([key, v]) => row(key, v.label, v.c)).sort((a, b) => a.label.localeCompare(b.label, 'vi'))
  return { from, to, byService: rows(byService), byProcedure: rows(byProcedure), total: row('total', { vi: 'Tổng cộng', en: 'Total' }, total) }
}

/** Several report rows (centres of a province) summed into one, the percentages worked out again over the sums. */
export function sumDossierRows(rows: readonly DossierReportRow[], key: string, label: LocalizedName): DossierReportRow {
  let total = { ...ZERO }
  for (const r of rows) total = add(total, countsOf(r))
  return row(key, label, total)
}

/**
 * A period's row from its days' rows (in day order): what happened summed, where things stood
 * (in progress, overdue, result ready) taken from `atEnd`, the row of the period's last day (stored,
 * or today's live). Equals the report worked out over the whole period at once.
 */
export function rowFromDays(days: readonly DossierReportRow[], atEnd: DossierReportRow | undefined, label: LocalizedName): DossierReportRow {
  let total = { ...ZERO }
  for (const r of days) total = add(total, { ...countsOf(r), inProgress: 0, inProgressOverdue: 0, resultReady: 0 })
  if (atEnd) total = { ...total, inProgress: atEnd.inProgress, inProgressOverdue: atEnd.inProgressOverdue, resultReady: atEnd.resultReady }
  return row('total', label, total)
}
