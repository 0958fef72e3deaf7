import { CITIZEN_WORDS } from '@luot/shared/citizen-words'
import type { Lang } from '@luot/shared'

/** Every string the counter display shows, in Vietnamese and English. */
export const STRINGS = {
  boardTitle: { vi: 'Bảng gọi số', en: 'Call board' },
  callHeading: { vi: 'MỜI CÔNG DÂN CÓ SỐ', en: 'NOW CALLING' },
  toCounter: { vi: 'Quầy', en: 'Counter' },
  counters: { vi: 'Các quầy', en: 'Counters' },
  waitingHeading: { vi: 'Số người đang chờ', en: 'People waiting' },
  waitingShort: { vi: 'chờ', en: 'waiting' },
  noCalls: { vi: 'Chưa gọi số nào', en: 'No numbers called yet' },
  noneAtCounters: { vi: 'Hiện không quầy nào đang gọi số', en: 'No counter is calling right now' },
  lastCalled: { vi: 'Số gọi gần nhất: {n} – Quầy {c}', en: 'Last called: {n} – Counter {c}' },
  servedAt: { vi: 'Quầy phục vụ', en: 'Counters' },
  hotline: { vi: 'Đường dây nóng', en: 'Hotline' },
  connectionLost: { vi: 'Mất kết nối', en: 'Connection lost' },
  reconnecting: { vi: 'Đang kết nối lại…', en: 'Reconnecting…' },
  connecting: { vi: 'Đang kết nối…', en: 'Connecting…' },
  soundOn: { vi: 'Bật âm thanh', en: 'Turn on sound' },
  soundHint: { vi: 'Chạm để bật loa gọi số', en: 'Tap to enable voice calls' },
  unknownCounter: { vi: 'Không có quầy số {n}', en: 'There is no counter {n}' },
  padNotPaired: { vi: 'Máy đánh giá chưa được ghép với quầy {n}. Mở đường dẫn có khóa trong Quản trị → Quầy (khóa có thể đã được đổi).', en: 'This rating pad is not paired with counter {n}. Open the link with its key from Admin → Counters (the key may have been changed).' },
  notFound: { vi: 'Không tìm thấy trang này', en: 'Page not found' },
  nowServing: { vi: 'Đang phục vụ số', en: 'Now serving' },
  nowCalling: { vi: 'Mời công dân có số', en: 'Now calling' },
  clerk: { vi: 'Cán bộ', en: 'Officer' },
  priorityNotice: { vi: 'Đang phục vụ đối tượng ưu tiên', en: 'Serving a priority case' },
  booked: { vi: 'Công dân đã đặt lịch hẹn', en: 'Booked appointment' },
  bookedShort: { vi: 'Hẹn', en: 'Booked' },
  bookedNotice: { vi: 'Công dân đã đặt lịch hẹn', en: 'Serving a booked appointment' },
  noTicket: { vi: 'Chưa có số', en: 'No number yet' },
  padIdleTitle: CITIZEN_WORDS.padWelcome,
  padIdleHint: CITIZEN_WORDS.padHint,
  padQuestion: CITIZEN_WORDS.ratingQuestion,
  padTicket: { vi: 'Số thứ tự {n}', en: 'Ticket {n}' },
  padReason: CITIZEN_WORDS.ratingReason,
  padRecorded: CITIZEN_WORDS.ratingRecorded,
  padSkip: { vi: 'Bỏ qua', en: 'Skip' },
  padSending: { vi: 'Đang ghi nhận…', en: 'Saving…' },
  padThanks: CITIZEN_WORDS.ratingThanks,
  padRetry: { vi: 'Thử lại', en: 'Try again' },
  padNotSaved: { vi: 'Chưa ghi nhận được đánh giá.', en: 'The rating was not saved.' },
  widgetTitle: { vi: 'Tình hình tiếp nhận', en: 'Queue status' },
  widgetCalling: { vi: 'Đang gọi', en: 'Now calling' },
  widgetService: { vi: 'Lĩnh vực', en: 'Service' },
  widgetWaiting: { vi: 'Đang chờ', en: 'Waiting' },
  widgetEstimate: { vi: 'Dự kiến', en: 'Est. wait' },
  updated: { vi: 'Cập nhật trực tiếp', en: 'Live' },
} as const satisfies Record<string, Record<Lang, string>>

export type StringKey = keyof typeof STRINGS

/** The string in `lang`, with `{n}`-style placeholders filled in. */
export function t(key: StringKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
}

/** The other language: public screens show it under the main one, smaller. */
export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi')

/** Weekday names, Sunday first (index = LocalParts.weekday). */
export const WEEKDAYS: Record<Lang, readonly string[]> = {
  vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
}
