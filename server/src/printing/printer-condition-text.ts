import type { LocalizedName, PrinterErrorCode, PrinterLastStatus } from '@luot/shared'

type Cause = Exclude<PrinterLastStatus['condition'], 'ok' | 'unknown'> | PrinterErrorCode

const CAUSES: Record<Cause, LocalizedName> = {
  'paper-near-end': { vi: 'sắp hết giấy; phiếu vẫn được in, hãy thay cuộn giấy sớm', en: 'the paper is near its end; tickets still print, replace the roll soon' },
  'paper-out': { vi: 'hết giấy; phiếu không được in mà hiện trên màn hình ki-ốt để công dân chụp lại, hãy thay cuộn giấy', en: 'out of paper; tickets are not printed but shown on the kiosk screen for citizens to photograph, replace the roll' },
  'cover-open': { vi: 'nắp máy in đang mở; phiếu hiện trên màn hình ki-ốt thay vì in ra, hãy đóng nắp', en: 'the cover is open; tickets are shown on the kiosk screen instead of printed, close the cover' },
  offline: { vi: 'máy in báo đang ngoại tuyến (lỗi hoặc đang đẩy giấy); phiếu hiện trên màn hình ki-ốt thay vì in ra', en: 'the printer reports it is offline (an error, or paper being fed); tickets are shown on the kiosk screen instead of printed' },
  PRINTER_UNREACHABLE: { vi: 'không kết nối được (máy tắt, rút dây mạng hoặc sai địa chỉ?); phiếu hiện trên màn hình ki-ốt thay vì in ra', en: 'cannot be reached (off, unplugged or wrong address?); tickets are shown on the kiosk screen instead of printed' },
  PRINTER_TIMEOUT: { vi: 'không trả lời khi được hỏi trạng thái; phiếu vẫn được gửi tới nhưng có thể không in ra', en: 'does not answer when asked its status; tickets are still sent to it but may not come out' },
  PRINTER_NO_STATUS: { vi: 'không báo được trạng thái (không hỗ trợ lệnh DLE EOT); phiếu vẫn được in nhưng sẽ không có cảnh báo trước khi hết giấy', en: 'cannot report its status (no DLE EOT support); tickets still print, but there will be no warning before the paper runs out' },
}

/**
 * What a manager reads when a printer's condition changes: the printer named once, where it is,
 * the cause and what happens to tickets meanwhile.
 */
export function printerConditionText(s: PrinterLastStatus): LocalizedName {
  const who = `“${s.name}” (${s.address})`
  if (s.condition === 'ok') return { vi: `${who} đã hoạt động bình thường trở lại.`, en: `${who} is working normally again.` }
  // 'unknown' always comes with the error that left it unknown
  const cause = CAUSES[s.error ?? (s.condition === 'unknown' ? 'PRINTER_NO_STATUS' : s.condition)]
  return { vi: `${who}: ${cause.vi}.`, en: `${who}: ${cause.en}.` }
}
