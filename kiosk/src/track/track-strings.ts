import { CITIZEN_WORDS } from '@luot/shared/citizen-words'
import type { Lang } from '@luot/shared'

const s = (vi: string, en: string): Record<Lang, string> => ({ vi, en })

/** Every string of the tracking page, in both languages. Shared words come from COMMON_STRINGS. */
export const TRACK_STRINGS = {
  priority: s('Ưu tiên', 'Priority'),
  booked: s('Đã đặt lịch', 'Booked'),
  remote: s('Lấy số từ xa', 'Taken by phone'),
  checkInHow: s('Khi đến Trung tâm, chạm "Tôi đã đặt lịch" trên kiosk và đưa mã này vào camera để xác nhận có mặt.', 'At the centre, touch "I have a booking" on the kiosk and show this code to its camera to check in.'),
  checkInQr: s('Mã xác nhận có mặt', 'Check-in code'),
  checkInNeeded: s('Số này chỉ được gọi sau khi Ông/Bà xác nhận có mặt tại Trung tâm.', 'This number is called only once you have checked in at the centre.'),
  pageTitle: s('Theo dõi số thứ tự', 'Follow your number'),
  switchLang: s('English', 'Tiếng Việt'),
  loading: s('Đang tải…', 'Loading…'),
  notFound: s('Không tìm thấy phiếu', 'Ticket not found'),
  notFoundHint: s('Mã theo dõi không đúng hoặc phiếu không còn hiệu lực (phiếu chỉ dùng trong ngày). Vui lòng quét lại mã QR trên phiếu.', 'The tracking code is wrong or the ticket is no longer valid (tickets are for one day). Please scan the QR code on your ticket again.'),
  autoUpdate: CITIZEN_WORDS.autoUpdate,
  goToCounter: CITIZEN_WORDS.goToCounter,
  calledHint: s('Vui lòng mang theo phiếu và hồ sơ.', 'Please bring your ticket and documents.'),
  servingAt: s('Đang được phục vụ tại quầy số', 'Being served at counter'),
  noShow: s('Bạn đã không có mặt khi được gọi. Vui lòng liên hệ quầy hoặc lấy số mới.', 'You were not there when called. Please ask at the counter or take a new number.'),
  missedComeBack: s('Đã lỡ lượt gọi. Vui lòng đến quầy số {n} để được gọi lại – không cần lấy số mới.', 'Your number was called while you were away. Please come to counter {n} to be called back – no need to take a new number.'),
  transferred: s('Phiếu đã được chuyển sang quầy hoặc lĩnh vực khác.', 'Your ticket was moved to another counter or service.'),
  cancelled: s('Phiếu đã bị huỷ.', 'This ticket was cancelled.'),
  doneHint: CITIZEN_WORDS.doneHint,
  issuedAt: s('Lấy số lúc', 'Issued at'),
  rateTitle: CITIZEN_WORDS.ratingQuestion,
  reasonTitle: CITIZEN_WORDS.ratingReason,
  recorded: CITIZEN_WORDS.ratingRecorded,
  commentLabel: CITIZEN_WORDS.ratingComment,
  submit: CITIZEN_WORDS.ratingSend,
  sending: s('Đang gửi…', 'Sending…'),
  thanks: CITIZEN_WORDS.ratingThanks,
  alreadyRated: CITIZEN_WORDS.ratingAlready,
  rateFailed: CITIZEN_WORDS.ratingFailed,
  offline: s('Mất kết nối – đang kết nối lại…', 'Connection lost – reconnecting…'),
} as const satisfies Record<string, Record<Lang, string>>
