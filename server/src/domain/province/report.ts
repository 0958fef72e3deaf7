import type { CentreEntry, DossierReportRow, ProvinceCentreFigures, ProvinceReport, RankingEntry, StatsRow } from '@luot/shared'
import { toRow } from '../stats.js'
import { sumDossierRows } from '../dossier/report.js'
import type { Config } from '../types.js'
import { addSummary, emptySummary, type CentreSummary } from './centre-summary.js'

export interface CentreInput {
  entry: CentreEntry
  config: Config
  summary: CentreSummary
  dossiers: DossierReportRow
}

const pct = (n: number, of: number): number | null => (of === 0 ? null : Math.round((n / of) * 1000) / 10)

/** Ratings at or above the centre's own satisfied level, and all ratings. */
function satisfied(s: CentreSummary, config: Config): { ok: number; all: number } {
  let ok = 0
  let all = 0
  for (const [v, n] of Object.entries(s.total.ratings)) {
    all += n
    if (Number(v) >= config.settings.rating.satisfiedMin) ok += n
  }
  return { ok, all }
}

/** Best first; equal values share a rank (1, 1, 3); null values are left out. */
function ranking(figures: ProvinceCentreFigures[], value: (f: ProvinceCentreFigures) => number | null): RankingEntry[] {
  const ranked = figures.flatMap((f) => {
    const v = value(f)
    return v === null ? [] : [{ slug: f.slug, name: f.name, value: v }]
  })
  ranked.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'vi'))
  return ranked.map((r) => ({ rank: ranked.findIndex((x) => x.value === r.value) + 1, ...r }))
}

const onTimeShare = (d: DossierReportRow): number | null => pct(d.early + d.onTime, d.resolved)

/**
 * The province's report for [from, to]: each centre's statistics (the total row of its own report),
 * its share called within target and its dossier figures, side by side; the province summed; the
 * rankings by satisfaction, by share within target and by dossiers returned on time (early included).
 */
export function buildProvinceReport(centres: CentreInput[], from: string, to: string, days: number): ProvinceReport {
  const figures: ProvinceCentreFigures[] = []
  const sum = emptySummary()
  let within = 0
  let calls = 0
  let ok = 0
  let all = 0
  for (const c of centres) {
    const w = c.summary
    const r = satisfied(c.summary, c.config)
    within += w.within
    calls += w.calls
    ok += r.ok
    all += r.all
    addSummary(sum, c.summary)
    const stats = toRow(c.config, c.entry.slug, { vi: c.entry.name, en: c.entry.nameEn }, c.summary.total)
    const f: ProvinceCentreFigures = { slug: c.entry.slug, name: c.entry.name, nameEn: c.entry.nameEn, district: c.entry.district, formerDistrict: c.entry.formerDistrict, stats, withinTargetPercent: pct(w.within, w.calls), dossiers: c.dossiers }
    if (c.entry.state === 'archived') f.archivedAt = c.entry.archivedAt ?? ''
    figures.push(f)
  }
  figures.sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  const totalStats: StatsRow = { ...toRow(centres[0]?.config ?? FALLBACK, 'total', { vi: 'Toàn tỉnh', en: 'Province' }, sum.total), satisfiedPercent: pct(ok, all), ratingCount: all }
  return {
    from,
    to,
    days,
    centres: figures,
    total: { stats: totalStats, withinTargetPercent: pct(within, calls), dossiers: sumDossierRows(centres.map((c) => c.dossiers), 'total', { vi: 'Toàn tỉnh', en: 'Province' }) },
    rankings: {
      satisfaction: ranking(figures, (f) => f.stats.satisfiedPercent),
      withinTarget: ranking(figures, (f) => f.withinTargetPercent),
      dossiersOnTime: ranking(figures, (f) => onTimeShare(f.dossiers)),
    },
  }
}

/** Only its rating level is read, for a province with no centre yet. */
const FALLBACK = { settings: { rating: { satisfiedMin: 4 } } } as Config
