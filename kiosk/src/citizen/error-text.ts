import type { Lang } from '@luot/shared'
import { isNoAnswer, type Reply } from '@luot/shared/client/send'

const s = (vi: string, en: string): Record<Lang, string> => ({ vi, en })

/**
 * What a citizen reads for each refusal of a booking or remote-join call: what happened and what to
 * do now. Codes not listed show the server's own text (every ApiError carries both languages).
 */
export const CITIZEN_ERRORS: Record<string, Record<Lang, string>> = {
  NO_ANSWER: s('Không kết nối được với Trung tâm. Vui lòng kiểm tra mạng và thử lại.', 'Could not reach the centre. Please check your connection and try again.'),
  BOOKING_NOT_FOUND: s('Không tìm thấy lịch hẹn với mã này. Vui lòng kiểm tra lại mã (15 ký tự).', 'No booking has this code. Please check the code (15 characters).'),
  BOOKING_OFF: s('Trung tâm chưa nhận đặt lịch trực tuyến.', 'This centre does not take online bookings.'),
  SLOT_UNAVAILABLE: s('Khung giờ này không nhận đặt lịch. Vui lòng chọn khung giờ khác.', 'This time slot cannot be booked. Please pick another one.'),
  BOOKING_CHECKED_IN: s('Lịch hẹn này đã được dùng để nhận số, không thể đổi hoặc huỷ.', 'This booking has already been used to get a number; it cannot be moved or cancelled.'),
  SLOT_FULL: s('Khung giờ này vừa hết chỗ. Vui lòng chọn khung giờ khác.', 'This time slot has just filled up. Please pick another one.'),
  BOOKING_LATE: s('Ông/Bà đến muộn quá thời gian cho phép nên lịch hẹn không còn hiệu lực. Ông/Bà vẫn có thể lấy số thường.', 'You arrived later than the grace period allows, so the booking has lapsed. You can still take a normal number.'),
  BOOKING_NOT_TODAY: s('Lịch hẹn này không phải hôm nay. Vui lòng đến đúng ngày đã đặt.', 'This booking is not for today. Please come on the booked day.'),
  BOOKING_CANCELLED: s('Lịch hẹn này đã được huỷ.', 'This booking was cancelled.'),
  TOO_MANY_BOOKINGS: s('Số điện thoại này đã có đủ số lịch hẹn cho phép. Vui lòng huỷ một lịch hẹn cũ trước khi đặt thêm.', 'This phone number already has as many bookings as allowed. Please cancel one before booking again.'),
  DAY_NOT_BOOKABLE: s('Ngày này không nhận đặt lịch. Vui lòng chọn ngày khác.', 'This day cannot be booked. Please pick another day.'),
  REMOTE_JOIN_CLOSED: s('Lĩnh vực này hiện không nhận lấy số từ xa. Vui lòng lấy số tại kiosk của Trung tâm.', 'This service is not taking numbers from phones now. Please take one at the centre’s kiosk.'),
  REMOTE_CAP_REACHED: s('Đã hết số lấy từ xa của lĩnh vực này hôm nay. Vui lòng lấy số tại kiosk của Trung tâm.', 'No more phone numbers for this service today. Please take one at the centre’s kiosk.'),
  TICKET_NOT_FOUND: s('Không tìm thấy số thứ tự này (số chỉ dùng trong ngày).', 'This number was not found (numbers are for one day only).'),
  CENTRE_CLOSED: s('Trung tâm đang ngoài giờ làm việc.', 'The centre is closed now.'),
  DAILY_CAP_REACHED: s('Đã hết số thứ tự của lĩnh vực này trong ngày hôm nay.', 'No more tickets for this service area today.'),
  SERVICE_INACTIVE: s('Lĩnh vực này tạm ngừng tiếp nhận.', 'This service area is not taking tickets now.'),
  RATE_LIMITED: s('Quá nhiều yêu cầu từ thiết bị này. Vui lòng chờ một phút rồi thử lại.', 'Too many requests from this device. Please wait a minute and try again.'),
  DOSSIER_NOT_FOUND: s('Không tìm thấy hồ sơ với mã này. Vui lòng kiểm tra lại mã (15 ký tự) trên giấy tiếp nhận.', 'No dossier has this code. Please check the code (15 characters) on your receipt.'),
  DOSSIERS_OFF: s('Trung tâm chưa theo dõi hồ sơ qua hệ thống này.', 'This centre does not track dossiers here.'),
  BAD_REQUEST: s('Thông tin chưa hợp lệ. Vui lòng kiểm tra lại.', 'Something in the form is not valid. Please check it.'),
}

/** A refusal or failure, ready to show: its code (for tests and styling) and its text in both languages. */
export interface CitizenError {
  code: string
  text: Record<Lang, string>
}

/** The error of a failed reply; null when the reply succeeded. */
export function errorOf<T>(reply: Reply<T>): CitizenError | null {
  if (isNoAnswer(reply)) return { code: 'NO_ANSWER', text: CITIZEN_ERRORS.NO_ANSWER! }
  if (reply.ok) return null
  const { code, message, messageEn } = reply.error
  return { code, text: CITIZEN_ERRORS[code] ?? { vi: message, en: messageEn } }
}
