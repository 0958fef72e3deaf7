import { describe, expect, it } from 'vitest'
import type { DossierReportRow, ProvinceReport, StatsRow } from '@luot/shared'
import { dossiersOnTimePercent, monthStart, rankingLines, reportLines, reportQuery } from './report-rows.js'

const stats = (issued: number, served: number, over: Partial<StatsRow> = {}): StatsRow => ({
  key: 'total',
  label: 'Tổng',
  labelEn: 'Total',
  issued,
  served,
  noShow: 1,
  transferred: 0,
  cancelled: 0,
  wait: { count: 4, mean: 300, p50: 245, p90: 3725 },
  service: { count: 4, mean: 200, p50: 180, p90: 400 },
  ratings: {},
  ratingCount: 4,
  satisfiedPercent: 87.5,
  outcomes: {},
  lowReasons: {},
  ...over,
})
const dossiers = (received: number, early: number, onTime: number, late: number): DossierReportRow => ({
  key: 'total', label: 'Tổng', labelEn: 'Total', received, resolved: early + onTime + late, resolvedPercent: null, early, earlyPercent: null, onTime, onTimePercent: null, late, latePercent: null,
  inProgress: 0, inProgressWithin: 0, inProgressOverdue: 0, resultReady: 0, apologies: 0, supplementRequested: 0, refused: 0, withdrawn: 0,
})

const report: ProvinceReport = {
  from: '2026-11-01',
  to: '2026-11-30',
  days: 30,
  centres: [
    { slug: 'hai-chau', name: 'Phường Hải Châu', nameEn: 'Hai Chau Ward', district: 'Cụm 1', formerDistrict: '', stats: stats(1200, 1100), withinTargetPercent: 92.25, dossiers: dossiers(40, 10, 20, 10) },
    { slug: 'son-tra', name: 'Phường Sơn Trà', nameEn: 'Son Tra Ward', district: 'Cụm 2', formerDistrict: '', stats: stats(5, 0, { wait: { count: 0, mean: null, p50: null, p90: null }, satisfiedPercent: null }), withinTargetPercent: null, dossiers: dossiers(0, 0, 0, 0), archivedAt: '2026-11-20T03:15:00.000Z' },
  ],
  total: { stats: stats(1205, 1100), withinTargetPercent: 92.25, dossiers: dossiers(40, 10, 20, 10) },
  rankings: { satisfaction: [{ rank: 1, slug: 'hai-chau', name: 'Phường Hải Châu', value: 87.5 }], withinTarget: [], dossiersOnTime: [] },
}

describe('province report table', () => {
  it('puts each centre side by side, then the province total', () => {
    const lines = reportLines(report, 'vi', 'Toàn tỉnh')
    expect(lines.map((l) => [l.key, l.name, l.total])).toEqual([['hai-chau', 'Phường Hải Châu', false], ['son-tra', 'Phường Sơn Trà', false], ['total', 'Toàn tỉnh', true]])
    expect(lines[0]!.cells).toEqual({ issued: '1.200', served: '1.100', noShow: '1', waitP50: '4:05', waitP90: '1:02:05', serviceP50: '3:00', satisfied: '87,5 %', withinTarget: '92,3 %', received: '40', resolved: '40', onTime: '75 %', late: '10' })
    expect(lines[1]!.cells).toMatchObject({ waitP50: '—', satisfied: '—', withinTarget: '—', onTime: '—', resolved: '0' })
    expect(lines[2]!.cells.issued).toBe('1.205')
    // a centre archived since says so, with its day; an open one does not
    expect(lines.map((l) => l.archivedOn)).toEqual([undefined, '20/11/2026', undefined])
    const en = reportLines(report, 'en', 'Province')
    expect(en[0]!.name).toBe('Hai Chau Ward')
    expect(en[0]!.cells.issued).toBe('1,200')
  })

  it('counts dossiers returned early or on their due day as on time', () => {
    expect(dossiersOnTimePercent(dossiers(9, 1, 1, 1))).toBe(66.7)
    expect(dossiersOnTimePercent(dossiers(9, 0, 0, 0))).toBeNull()
  })

  it('names ranked centres in the chosen language', () => {
    expect(rankingLines(report.rankings.satisfaction, report, 'en')).toEqual([{ rank: 1, slug: 'hai-chau', name: 'Hai Chau Ward', value: '87.5 %' }])
    expect(rankingLines(report.rankings.satisfaction, report, 'vi')[0]!.name).toBe('Phường Hải Châu')
  })

  it('builds the query of the report and its exports', () => {
    expect(reportQuery({ from: '2026-11-01', to: '2026-11-30', district: '' })).toBe('from=2026-11-01&to=2026-11-30')
    expect(reportQuery({ from: '2026-11-01', to: '2026-11-30', district: 'Cụm 1' })).toBe('from=2026-11-01&to=2026-11-30&district=C%E1%BB%A5m+1')
    expect(monthStart('2026-11-30')).toBe('2026-11-01')
  })
})
