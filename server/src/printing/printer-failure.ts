import type { LocalizedName, Printer } from '@luot/shared'
import { isPrinterError, type PrinterCause } from './printer-error.js'

const CAUSES: Record<PrinterCause, LocalizedName> = {
  refused: { vi: 'máy in từ chối kết nối', en: 'the printer refused the connection' },
  'timed-out': { vi: 'máy in nhận kết nối nhưng không in xong trong thời gian chờ (hết giấy, mở nắp hoặc đang bận?)', en: 'the printer took the connection but did not finish in time (out of paper, cover open or busy?)' },
  'no-answer': { vi: 'không có máy in nào trả lời ở địa chỉ này (máy tắt, rút dây mạng hoặc sai địa chỉ?)', en: 'nothing answered at this address (printer off, unplugged or wrong address?)' },
}

/** The cause of a failed print, for people; anything that is not a transport error counts as refused. */
export const printerCause = (err: unknown): PrinterCause => (isPrinterError(err) ? err.why : 'refused')

/**
 * What a manager reads when a print fails: the printer named once, where it is, what failed and
 * why. `what` is e.g. "phiếu 1023" / "ticket 1023", or the test ticket.
 */
export function printerFailureText(printer: Pick<Printer, 'name' | 'host' | 'port'>, what: LocalizedName, err: unknown): LocalizedName {
  const cause = CAUSES[printerCause(err)]
  const at = `${printer.host}:${printer.port}`
  return {
    vi: `“${printer.name}” (${at}) không in được ${what.vi}: ${cause.vi}.`,
    en: `“${printer.name}” (${at}) could not print ${what.en}: ${cause.en}.`,
  }
}
