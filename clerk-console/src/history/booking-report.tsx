import type { BookingReport, BookingReportRow, Lang } from '@luot/shared'
import { clock, percent } from '../format.js'
import { useT } from '../i18n.js'

const mean = (x: number | null) => (x === null ? '—' : clock(x))

/**
 * The report's booking figures per service: made, cancelled, checked in and no-show (by booked day),
 * the share of booked citizens called within N minutes of their slot, and their mean wait beside walk-ins'.
 */
export function BookingReportTable({ report, lang }: { report: BookingReport; lang: Lang }) {
  const t = useT()
  const row = (r: BookingReportRow, total = false) => (
    <tr data-key={r.key} class={total ? 'total' : ''}>
      <th scope="row">{lang === 'vi' ? r.label : r.labelEn}</th>
      <td class="num" data-col="made">{r.made}</td>
      <td class="num" data-col="cancelled">{r.cancelled}</td>
      <td class="num" data-col="checkedIn">{r.checkedIn}</td>
      <td class="num" data-col="noShow">{r.noShow}</td>
      <td class="num" data-col="calledWithin">{r.calledWithin}/{r.bookedCalled} ({percent(r.calledWithinPercent, lang)})</td>
      <td class="num" data-col="bookedWait">{mean(r.bookedWait.mean)}</td>
      <td class="num" data-col="walkInWait">{mean(r.walkInWait.mean)}</td>
    </tr>
  )
  return (
    <table class="grid stats-table" data-testid="booking-report">
      <thead>
        <tr>
          <th scope="col">{t('colService')}</th>
          <th scope="col" class="num">{t('colMade')}</th>
          <th scope="col" class="num">{t('colCancelled')}</th>
          <th scope="col" class="num">{t('colCheckedIn')}</th>
          <th scope="col" class="num">{t('colNoShow')}</th>
          <th scope="col" class="num">{t('colCalledWithin', { n: report.withinMinutes })}</th>
          <th scope="col" class="num">{t('colBookedWait')}</th>
          <th scope="col" class="num">{t('colWalkInWait')}</th>
        </tr>
      </thead>
      <tbody>{report.rows.map((r) => row(r))}</tbody>
      <tfoot>{row(report.total, true)}</tfoot>
    </table>
  )
}
