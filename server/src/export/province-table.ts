import type { ProvinceCentreFigures, ProvinceReport, RankingEntry, StatsRow } from '@luot/shared'
import type { Cell, Table } from './csv.js'

const HEADER = ['Trung tâm', 'Địa bàn', 'Huyện cũ', 'Số phiếu cấp', 'Đã phục vụ', 'Vắng mặt', 'Chờ trung vị (giây)', 'Chờ p90 (giây)', 'Phục vụ trung vị (giây)', 'Lượt đánh giá', 'Hài lòng (%)', 'Gọi trong thời gian chờ mục tiêu (%)', 'Hồ sơ tiếp nhận', 'Hồ sơ đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đúng hạn và trước hạn (%)', 'Đang giải quyết', 'Quá hạn chưa giải quyết']

const onTime = (f: Pick<ProvinceCentreFigures, 'dossiers'>): number | null => (f.dossiers.resolved ? Math.round(((f.dossiers.early + f.dossiers.onTime) / f.dossiers.resolved) * 1000) / 10 : null)

function line(name: string, district: string, former: string, s: StatsRow, within: number | null, f: Pick<ProvinceCentreFigures, 'dossiers'>): Cell[] {
  const d = f.dossiers
  return [name, district, former, s.issued, s.served, s.noShow, s.wait.p50, s.wait.p90, s.service.p50, s.ratingCount, s.satisfiedPercent, within, d.received, d.resolved, d.early, d.onTime, d.late, onTime(f), d.inProgress, d.inProgressOverdue]
}

const rankingRows = (title: string, list: RankingEntry[]): Cell[][] => [[title, 'Hạng', 'Giá trị (%)'], ...list.map((r): Cell[] => [r.name, r.rank, r.value])]

/** The province report as tables: the centres side by side closed by the province total, then the three rankings. */
export function provinceTables(report: ProvinceReport): Table[] {
  // an archived centre's line says so, with the day it was archived (its figures are of the days it was open)
  const name = (f: ProvinceCentreFigures): string => (f.archivedAt === undefined ? f.name : `${f.name} (đã lưu trữ ${f.archivedAt.slice(0, 10)})`)
  const rows = report.centres.map((f) => line(name(f), f.district, f.formerDistrict, f.stats, f.withinTargetPercent, f))
  const total = line('Toàn tỉnh', '', '', report.total.stats, report.total.withinTargetPercent, report.total)
  return [
    { name: 'Các trung tâm', rows: [HEADER, ...rows, total] },
    { name: 'Xếp hạng', rows: [...rankingRows('Mức độ hài lòng', report.rankings.satisfaction), [], ...rankingRows('Gọi trong thời gian mục tiêu', report.rankings.withinTarget), [], ...rankingRows('Hồ sơ trả đúng hạn', report.rankings.dossiersOnTime)] },
  ]
}
