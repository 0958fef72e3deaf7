import type { DossierReportRow, Lang, ProvinceCentreFigures, ProvinceReport, RankingEntry, StatsRow } from '@luot/shared'
import { clock, percent } from '../format.js'

/** The columns of the province report, in order (the exports have the same figures). */
export const REPORT_COLUMNS = ['issued', 'served', 'noShow', 'waitP50', 'waitP90', 'serviceP50', 'satisfied', 'withinTarget', 'received', 'resolved', 'onTime', 'late'] as const
export type ReportColumn = (typeof REPORT_COLUMNS)[number]

/** One line of the side-by-side table: a centre, or the province total. */
export interface ReportLine {
  key: string
  name: string
  district: string
  /** The day an archived centre was archived (its figures are of the days it was open). */
  archivedOn?: string
  total: boolean
  cells: Record<ReportColumn, string>
}

const count = (n: number, lang: Lang) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')
const time = (s: number | null) => (s === null ? '—' : clock(s))

/** Dossiers returned by their due date (early or on the day) as a share of those returned. */
export function dossiersOnTimePercent(d: DossierReportRow): number | null {
  return d.resolved === 0 ? null : Math.round(((d.early + d.onTime) / d.resolved) * 1000) / 10
}

function cells(stats: StatsRow, withinTarget: number | null, d: DossierReportRow, lang: Lang): Record<ReportColumn, string> {
  return {
    issued: count(stats.issued, lang),
    served: count(stats.served, lang),
    noShow: count(stats.noShow, lang),
    waitP50: time(stats.wait.p50),
    waitP90: time(stats.wait.p90),
    serviceP50: time(stats.service.p50),
    satisfied: percent(stats.satisfiedPercent, lang),
    withinTarget: percent(withinTarget, lang),
    received: count(d.received, lang),
    resolved: count(d.resolved, lang),
    onTime: percent(dossiersOnTimePercent(d), lang),
    late: count(d.late, lang),
  }
}

/** Every centre of the report in its order, then the province total. */
export function reportLines(report: ProvinceReport, lang: Lang, totalLabel: string): ReportLine[] {
  const centre = (c: ProvinceCentreFigures): ReportLine => ({
    key: c.slug,
    name: lang === 'vi' ? c.name : c.nameEn,
    district: c.district,
    ...(c.archivedAt === undefined ? {} : { archivedOn: `${c.archivedAt.slice(8, 10)}/${c.archivedAt.slice(5, 7)}/${c.archivedAt.slice(0, 4)}` }),
    total: false,
    cells: cells(c.stats, c.withinTargetPercent, c.dossiers, lang),
  })
  const t = report.total
  return [...report.centres.map(centre), { key: 'total', name: totalLabel, district: '', total: true, cells: cells(t.stats, t.withinTargetPercent, t.dossiers, lang) }]
}

/** A ranking's entries named in the chosen language (the server names them in Vietnamese), value as a percentage. */
export function rankingLines(entries: RankingEntry[], report: ProvinceReport, lang: Lang): { rank: number; slug: string; name: string; value: string }[] {
  const en = new Map(report.centres.map((c) => [c.slug, c.nameEn]))
  return entries.map((e) => ({ rank: e.rank, slug: e.slug, name: lang === 'vi' ? e.name : (en.get(e.slug) ?? e.name), value: percent(e.value, lang) }))
}

/** The query string of a report and its exports; the district only when one is chosen. */
export function reportQuery(q: { from: string; to: string; district: string }): string {
  const p = new URLSearchParams({ from: q.from, to: q.to })
  if (q.district) p.set('district', q.district)
  return p.toString()
}

/** The first day of `today`'s month: the report's default range runs from it to today. */
export const monthStart = (today: string): string => `${today.slice(0, 8)}01`
