import { dayKey, formatTicketTime, type DossierReport, type DossierReportRow, type StoredDossier } from '@luot/shared'
import type { Config } from '../domain/types.js'
import type { Cell, Table } from './csv.js'

/** The province report's columns, in the order provinces publish them (percent as numbers, one decimal). */
const REPORT_HEADER = ['Tiếp nhận', 'Đã giải quyết', 'Tỷ lệ giải quyết (%)', 'Trả trước hạn', 'Trước hạn (%)', 'Trả đúng hạn', 'Đúng hạn (%)', 'Trả quá hạn', 'Quá hạn (%)', 'Đang giải quyết', 'Trong hạn', 'Quá hạn chưa giải quyết', 'Có kết quả, chờ trả', 'Thư xin lỗi', 'Yêu cầu bổ sung', 'Từ chối', 'Rút hồ sơ']

const reportLine = (r: DossierReportRow): Cell[] => [r.label, r.received, r.resolved, r.resolvedPercent, r.early, r.earlyPercent, r.onTime, r.onTimePercent, r.late, r.latePercent, r.inProgress, r.inProgressWithin, r.inProgressOverdue, r.resultReady, r.apologies, r.supplementRequested, r.refused, r.withdrawn]

/** The dossier report as two tables (by service area, by procedure), each closed by the total. */
export function dossierReportTables(report: DossierReport): Table[] {
  return [
    { name: 'Hồ sơ theo lĩnh vực', rows: [['Lĩnh vực', ...REPORT_HEADER], ...report.byService.map(reportLine), reportLine(report.total)] },
    { name: 'Hồ sơ theo thủ tục', rows: [['Thủ tục hành chính', ...REPORT_HEADER], ...report.byProcedure.map(reportLine), reportLine(report.total)] },
  ]
}

/** "dd/mm/yyyy" of a day key. */
const dmy = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`
/** "HH:MM dd/mm/yyyy" of an instant in the centre's time zone. */
const hmDmy = (iso: string, tz: string): string => formatTicketTime(new Date(iso), tz).replace(/^(\d\d:\d\d):\d\d/, '$1')

/** The "Ghi chú" of a dossier: where it stands, how it ended, the apology. */
function note(d: StoredDossier): string {
  const parts: string[] = []
  if (d.status === 'returned') parts.push(d.timeliness === 'early' ? 'Đã trả, trước hạn' : d.timeliness === 'on-time' ? 'Đã trả, đúng hạn' : 'Đã trả, quá hạn')
  else if (d.status === 'result-ready') parts.push('Có kết quả, chờ trả')
  else if (d.status === 'supplement-requested') parts.push(`Yêu cầu bổ sung: ${d.supplementNote ?? ''}`.trim())
  else if (d.status === 'refused') parts.push(`Từ chối: ${d.refusalReason ?? ''}`.trim())
  else if (d.status === 'withdrawn') parts.push('Rút hồ sơ')
  else parts.push('Đang giải quyết')
  const apology = d.apologies[d.apologies.length - 1]
  if (apology) parts.push(`Đã có thư xin lỗi, hẹn lại ${dmy(apology.newDate)}`)
  return parts.join('; ')
}

/**
 * Sổ theo dõi hồ sơ (Mẫu 06, TT 01/2018/TT-VPCP): the dossiers received in the period, in the order
 * received, with the form's columns. No address is recorded at the counter: the column holds the phone.
 */
export function dossierBookTable(config: Config, dossiers: readonly StoredDossier[], from: string, to: string): Table {
  const tz = config.centre.timeZone
  const body = config.settings.dossiers?.issuerLines[0] ?? config.centre.name
  const header: Cell[] = ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Số lượng hồ sơ (bộ)', 'Tên cá nhân, tổ chức', 'Địa chỉ, số điện thoại', 'Cơ quan chủ trì giải quyết', 'Ngày, giờ nhận hồ sơ', 'Ngày hẹn trả kết quả', 'Ngày, giờ trả kết quả', 'Ghi chú']
  const received = dossiers
    .filter((d) => d.history[0]?.status !== 'refused' && dayKey(new Date(d.receivedAt), tz) >= from && dayKey(new Date(d.receivedAt), tz) <= to)
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
  const line = (d: StoredDossier, i: number): Cell[] => {
    const service = config.services.find((s) => s.id === d.serviceId)?.name.vi ?? d.serviceId
    return [i + 1, d.externalCode ?? `${d.code.slice(0, 5)}-${d.code.slice(5, 10)}-${d.code.slice(10)}`, d.procedureName.vi, d.copies ?? 1, d.applicantName ?? null, d.applicantPhone ?? null, `${body} (${service})`, hmDmy(d.receivedAt, tz), `${dmy(d.dueDate)} (${d.dueHalf === 'morning' ? 'sáng' : 'chiều'})`, d.returnedAt ? hmDmy(d.returnedAt, tz) : null, note(d)]
  }
  return { name: 'Sổ theo dõi hồ sơ', rows: [header, ...received.map(line)] }
}
