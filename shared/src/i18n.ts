import type { Lang } from './schemas/common.js'

/** UI strings every app shares. Each app keeps its own screen strings next to it, in both languages. */
export const COMMON_STRINGS = {
  productName: { vi: 'Lượt', en: 'Lượt' },
  ticketHeading: { vi: 'SỐ THỨ TỰ', en: 'YOUR NUMBER' },
  callHeading: { vi: 'MỜI CÔNG DÂN CÓ SỐ', en: 'NOW CALLING' },
  counter: { vi: 'Quầy', en: 'Counter' },
  counterNo: { vi: 'Quầy số', en: 'Counter' },
  peopleAhead: { vi: 'Số người chờ trước', en: 'People ahead' },
  waiting: { vi: 'Đang chờ', en: 'Waiting' },
  estimatedWait: { vi: 'Thời gian chờ dự kiến', en: 'Estimated wait' },
  minutes: { vi: 'phút', en: 'min' },
  disconnected: { vi: 'Mất kết nối với máy chủ', en: 'Lost connection to the server' },
  reconnecting: { vi: 'Đang kết nối lại…', en: 'Reconnecting…' },
  hotline: { vi: 'Đường dây nóng', en: 'Hotline' },
  statusWaiting: { vi: 'Đang chờ', en: 'Waiting' },
  statusCalled: { vi: 'Đã gọi', en: 'Called' },
  statusServing: { vi: 'Đang phục vụ', en: 'Being served' },
  statusDone: { vi: 'Đã xong', en: 'Done' },
  statusNoShow: { vi: 'Vắng mặt', en: 'No-show' },
  statusTransferred: { vi: 'Đã chuyển', en: 'Transferred' },
  statusCancelled: { vi: 'Đã huỷ', en: 'Cancelled' },
  ticketFooter: { vi: 'Vui lòng giữ phiếu và chờ gọi số. Xin cảm ơn!', en: 'Please keep this ticket and wait for your number. Thank you!' },
  morning: { vi: 'Sáng', en: 'Morning' },
  afternoon: { vi: 'Chiều', en: 'Afternoon' },
} as const satisfies Record<string, Record<Lang, string>>

export type Strings = Record<string, Record<Lang, string>>

/** Look a key up in a string table, in the chosen language. */
export function translate<T extends Strings>(table: T, key: keyof T, lang: Lang): string {
  return table[key]![lang]
}
