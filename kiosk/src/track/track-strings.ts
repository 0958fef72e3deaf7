import type { Lang } from '@luot/shared'

const s = (vi: string, en: string): Record<Lang, string> => ({ vi, en })

/** Every string of the tracking page, in both languages. Shared words come from COMMON_STRINGS. */
export const TRACK_STRINGS = {
  pageTitle: s('Theo dõi số thứ tự', 'Follow your number'),
  switchLang: s('English', 'Tiếng Việt'),
  loading: s('Đang tải…', 'Loading…'),
  notFound: s('Không tìm thấy phiếu', 'Ticket not found'),
  notFoundHint: s('Mã theo dõi không đúng hoặc phiếu không còn hiệu lực (phiếu chỉ dùng trong ngày). Vui lòng quét lại mã QR trên phiếu.', 'The tracking code is wrong or the ticket is no longer valid (tickets are for one day). Please scan the QR code on your ticket again.'),
  autoUpdate: s('Trang này tự cập nhật. Bạn sẽ được báo khi đến lượt – hãy giữ trang này mở.', 'This page updates by itself and alerts you when it is your turn – keep it open.'),
  goToCounter: s('Mời bạn đến quầy số', 'Please go to counter'),
  calledHint: s('Vui lòng mang theo phiếu và hồ sơ.', 'Please bring your ticket and documents.'),
  servingAt: s('Đang được phục vụ tại quầy số', 'Being served at counter'),
  noShow: s('Bạn đã không có mặt khi được gọi. Vui lòng liên hệ quầy hoặc lấy số mới.', 'You were not there when called. Please ask at the counter or take a new number.'),
  missedComeBack: s('Đã lỡ lượt gọi. Vui lòng đến quầy số {n} để được gọi lại – không cần lấy số mới.', 'Your number was called while you were away. Please come to counter {n} to be called back – no need to take a new number.'),
  transferred: s('Phiếu đã được chuyển sang quầy hoặc lĩnh vực khác.', 'Your ticket was moved to another counter or service.'),
  cancelled: s('Phiếu đã bị huỷ.', 'This ticket was cancelled.'),
  doneHint: s('Hồ sơ của bạn đã được xử lý xong tại quầy.', 'Your visit at the counter is complete.'),
  issuedAt: s('Lấy số lúc', 'Issued at'),
  rateTitle: s('Bạn có hài lòng với việc phục vụ?', 'How satisfied are you with the service?'),
  reasonTitle: s('Điều gì chưa tốt?', 'What was not good?'),
  commentLabel: s('Góp ý thêm (không bắt buộc)', 'Comment (optional)'),
  submit: s('Gửi đánh giá', 'Send rating'),
  sending: s('Đang gửi…', 'Sending…'),
  thanks: s('Cảm ơn bạn đã đánh giá!', 'Thank you for your rating!'),
  alreadyRated: s('Bạn đã đánh giá', 'You have already rated'),
  rateFailed: s('Chưa gửi được đánh giá. Vui lòng thử lại.', 'Could not send your rating. Please try again.'),
  offline: s('Mất kết nối – đang kết nối lại…', 'Connection lost – reconnecting…'),
} as const satisfies Record<string, Record<Lang, string>>
