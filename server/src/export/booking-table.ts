import type { BookingReport, BookingReportRow } from '@luot/shared'
import type { Cell, Table } from './csv.js'

/** The booking figures as managers read them (no names or phone numbers); waits in seconds so Excel can average them. */
export function bookingTable(report: BookingReport): Table {
  const header: Cell[] = [
    'Lĩnh vực',
    'Lịch hẹn đã đặt',
    'Đã huỷ',
    'Đã xác nhận có mặt',
    'Vắng mặt (quá giờ hẹn)',
    'Số người đặt lịch được gọi',
    `Được gọi trong ${report.withinMinutes} phút từ giờ hẹn`,
    `Tỷ lệ được gọi trong ${report.withinMinutes} phút (%)`,
    'Thời gian chờ TB, người đặt lịch (giây)',
    'Thời gian chờ p90, người đặt lịch (giây)',
    'Thời gian chờ TB, người không đặt lịch (giây)',
    'Thời gian chờ p90, người không đặt lịch (giây)',
  ]
  const line = (r: BookingReportRow): Cell[] => [r.label, r.made, r.cancelled, r.checkedIn, r.noShow, r.bookedCalled, r.calledWithin, r.calledWithinPercent, r.bookedWait.mean, r.bookedWait.p90, r.walkInWait.mean, r.walkInWait.p90]
  return { name: 'Đặt lịch', rows: [header, ...report.rows.map(line), line(report.total)] }
}
