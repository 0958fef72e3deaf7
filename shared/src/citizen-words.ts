import type { Lang } from './schemas/common.js'

/**
 * How every screen speaks to the citizen, in one register: "Ông/Bà", the form of address of
 * Vietnamese administrative documents and of the national satisfaction survey (SIPAS). Calling
 * a number stays in the third person ("Mời công dân có số …"). The rating question is asked in the
 * same words on the pad at the counter and on the phone.
 */
export const CITIZEN_WORDS = {
  ratingQuestion: { vi: 'Ông/Bà có hài lòng với việc giải quyết thủ tục tại quầy?', en: 'Are you satisfied with how your case was handled at the counter?' },
  ratingReason: { vi: 'Ông/Bà chưa hài lòng về điều gì? (không bắt buộc)', en: 'What were you not satisfied with? (optional)' },
  ratingRecorded: { vi: 'Đã ghi nhận đánh giá của Ông/Bà.', en: 'Your rating is recorded.' },
  ratingThanks: { vi: 'Cảm ơn Ông/Bà đã đánh giá!', en: 'Thank you for your rating!' },
  ratingAlready: { vi: 'Ông/Bà đã đánh giá phiếu này.', en: 'You have already rated this ticket.' },
  ratingComment: { vi: 'Góp ý thêm (không bắt buộc)', en: 'Comment (optional)' },
  ratingSend: { vi: 'Gửi đánh giá', en: 'Send rating' },
  ratingFailed: { vi: 'Chưa gửi được đánh giá. Ông/Bà vui lòng thử lại.', en: 'Could not send your rating. Please try again.' },
  padWelcome: { vi: 'Kính chào Ông/Bà', en: 'Welcome' },
  padHint: { vi: 'Sau khi được phục vụ, Ông/Bà vui lòng đánh giá', en: 'Please rate our service when you are done' },
  goToCounter: { vi: 'Mời Ông/Bà đến quầy số', en: 'Please go to counter' },
  autoUpdate: { vi: 'Trang này tự cập nhật và báo khi đến lượt Ông/Bà – vui lòng giữ trang này mở.', en: 'This page updates by itself and alerts you when it is your turn – keep it open.' },
  doneHint: { vi: 'Hồ sơ của Ông/Bà đã được xử lý xong tại quầy.', en: 'Your visit at the counter is complete.' },
} as const satisfies Record<string, Record<Lang, string>>
