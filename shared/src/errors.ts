/**
 * The fixed list of error codes every transport (HTTP, socket.io) returns.
 * Codes are stable: integrations and the apps switch on them, never on text.
 */
export const ERRORS = {
  BAD_REQUEST: { status: 400, vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  UNAUTHENTICATED: { status: 401, vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  BAD_CREDENTIALS: { status: 401, vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' },
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  NOT_YOUR_COUNTER: { status: 403, vi: 'Đây không phải quầy của bạn.', en: 'This is not your counter.' },
  ORIGIN_NOT_ALLOWED: { status: 403, vi: 'Yêu cầu đến từ một trang không được phép.', en: 'The request comes from a page that is not allowed.' },
  PAD_NOT_PAIRED: { status: 403, vi: 'Thiết bị đánh giá chưa được ghép với quầy: mở đường dẫn có khóa do quản trị viên cung cấp.', en: 'This rating pad is not paired with the counter: open the link with the key from the administrator.' },
  BAD_HANDSHAKE: { status: 400, vi: 'Màn hình gửi thông tin nhận dạng không hợp lệ khi kết nối.', en: 'The screen identified itself wrongly when connecting.' },
  RATE_LIMITED: { status: 429, vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.', en: 'Too many requests, please try again later.' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy.', en: 'Not found.' },
  TICKET_NOT_FOUND: { status: 404, vi: 'Không tìm thấy phiếu số thứ tự.', en: 'Ticket not found.' },
  SERVICE_NOT_FOUND: { status: 404, vi: 'Lĩnh vực không tồn tại.', en: 'Unknown service area.' },
  SERVICE_NO_COUNTER: { status: 409, vi: 'Chưa có quầy nào phụ trách lĩnh vực này, chưa thể cấp số.', en: 'No counter serves this service area yet, so no ticket can be issued.' },
  SERVICE_INACTIVE: { status: 409, vi: 'Lĩnh vực này tạm ngừng tiếp nhận.', en: 'This service area is not taking tickets now.' },
  COUNTER_NOT_FOUND: { status: 404, vi: 'Quầy không tồn tại.', en: 'Unknown counter.' },
  USER_NOT_FOUND: { status: 404, vi: 'Tài khoản không tồn tại.', en: 'Unknown user.' },
  CENTRE_CLOSED: { status: 409, vi: 'Ngoài giờ làm việc, Trung tâm chưa cấp số.', en: 'Outside opening hours: no tickets are issued now.' },
  DAILY_CAP_REACHED: { status: 409, vi: 'Đã hết số thứ tự của lĩnh vực này trong ngày hôm nay.', en: 'No more tickets for this service area today.' },
  PRIORITY_GROUP_UNKNOWN: { status: 400, vi: 'Nhóm ưu tiên không hợp lệ.', en: 'Unknown priority group.' },
  COUNTER_NOT_OPEN: { status: 409, vi: 'Quầy chưa mở.', en: 'The counter is not open.' },
  COUNTER_TAKEN: { status: 409, vi: 'Quầy đang do cán bộ khác phụ trách.', en: 'Another clerk is signed in at this counter.' },
  CLERK_AT_OTHER_COUNTER: { status: 409, vi: 'Bạn đang phụ trách một quầy khác.', en: 'You are already signed in at another counter.' },
  COUNTER_BUSY: { status: 409, vi: 'Quầy đang phục vụ một công dân.', en: 'The counter is already serving a ticket.' },
  COUNTER_IDLE: { status: 409, vi: 'Quầy chưa gọi số nào.', en: 'The counter has no ticket called.' },
  QUEUE_EMPTY: { status: 409, vi: 'Không có công dân nào đang chờ.', en: 'Nobody is waiting.' },
  RECALL_LIMIT: { status: 409, vi: 'Đã gọi lại quá số lần cho phép.', en: 'The recall limit is reached.' },
  INVALID_TRANSITION: { status: 409, vi: 'Không thể thực hiện thao tác ở trạng thái hiện tại của phiếu.', en: 'The ticket is not in a state that allows this.' },
  REASON_REQUIRED: { status: 400, vi: 'Vui lòng nêu lý do.', en: 'A reason is required.' },
  OUTCOME_UNKNOWN: { status: 400, vi: 'Kết quả xử lý không hợp lệ.', en: 'Unknown outcome.' },
  TRANSFER_TARGET_INVALID: { status: 400, vi: 'Nơi chuyển đến không hợp lệ.', en: 'The transfer target is not valid.' },
  RATING_NOT_ALLOWED: { status: 409, vi: 'Chỉ đánh giá được sau khi đã giải quyết xong.', en: 'A ticket can be rated only once it is finished.' },
  ALREADY_RATED: { status: 409, vi: 'Phiếu này đã được đánh giá.', en: 'This ticket has already been rated.' },
  RATING_VALUE_INVALID: { status: 400, vi: 'Mức đánh giá không hợp lệ.', en: 'That rating is not on the scale.' },
  IDEMPOTENCY_MISMATCH: { status: 409, vi: 'Mã chống lặp này đã được dùng cho một yêu cầu khác.', en: 'This Idempotency-Key was already used for a different request.' },
  BOOKING_OFF: { status: 409, vi: 'Trung tâm chưa nhận đặt lịch trực tuyến.', en: 'This centre does not take online bookings.' },
  BOOKING_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lịch hẹn với mã này.', en: 'No booking has this code.' },
  DAY_NOT_BOOKABLE: { status: 409, vi: 'Không thể đặt lịch vào ngày này (ngày nghỉ, ngày lễ, đã qua hoặc quá xa).', en: 'This day cannot be booked (closed, a holiday, past or too far ahead).' },
  SLOT_UNAVAILABLE: { status: 409, vi: 'Khung giờ này không nhận đặt lịch.', en: 'This time slot cannot be booked.' },
  SLOT_FULL: { status: 409, vi: 'Khung giờ này đã hết chỗ, vui lòng chọn khung giờ khác.', en: 'This time slot is full; please pick another.' },
  TOO_MANY_BOOKINGS: { status: 409, vi: 'Số điện thoại này đã có quá nhiều lịch hẹn chưa sử dụng.', en: 'This phone number already has too many active bookings.' },
  BOOKING_CANCELLED: { status: 409, vi: 'Lịch hẹn này đã bị hủy.', en: 'This booking was cancelled.' },
  BOOKING_CHECKED_IN: { status: 409, vi: 'Lịch hẹn này đã được xác nhận có mặt, không thể thay đổi.', en: 'This booking is already checked in and cannot be changed.' },
  BOOKING_NOT_TODAY: { status: 409, vi: 'Lịch hẹn này không phải hôm nay: vui lòng đến đúng ngày đã đặt.', en: 'This booking is not for today: please come on the booked day.' },
  BOOKING_LATE: { status: 409, vi: 'Đã quá giờ hẹn, lịch hẹn không còn hiệu lực. Vui lòng lấy số thứ tự thông thường.', en: 'You are past the booked time, so the booking has lapsed. Please take an ordinary ticket.' },
  REMOTE_JOIN_CLOSED: { status: 409, vi: 'Lĩnh vực này không nhận lấy số từ xa.', en: 'This service area does not take tickets from the phone.' },
  REMOTE_CAP_REACHED: { status: 409, vi: 'Đã hết số lấy từ xa của lĩnh vực này hôm nay, vui lòng lấy số tại Trung tâm.', en: 'No more phone tickets for this service area today; please take one at the centre.' },
  DOSSIERS_OFF: { status: 409, vi: 'Trung tâm chưa bật theo dõi hồ sơ.', en: 'This centre does not track dossiers.' },
  DOSSIER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hồ sơ với mã này.', en: 'No dossier has this code.' },
  DOSSIER_TRANSITION_INVALID: { status: 409, vi: 'Không thể chuyển hồ sơ sang trạng thái này.', en: 'The dossier cannot move to that status.' },
  DOSSIER_NOT_READY: { status: 409, vi: 'Hồ sơ chưa có kết quả.', en: 'The result of this dossier is not ready.' },
  DOSSIER_NOT_LATE: { status: 409, vi: 'Hồ sơ chưa quá hạn, không cần phiếu xin lỗi.', en: 'The dossier is not late: no apology is needed.' },
  PROCEDURE_NOT_FOUND: { status: 404, vi: 'Thủ tục hành chính không tồn tại.', en: 'Unknown procedure.' },
  PROCEDURE_INACTIVE: { status: 409, vi: 'Thủ tục này không còn tiếp nhận.', en: 'This procedure is no longer offered.' },
  PROCEDURE_IMPORT_INVALID: { status: 400, vi: 'Tệp danh mục thủ tục có dòng không hợp lệ; chưa nhập dòng nào.', en: 'The procedure list has invalid lines; nothing was imported.' },
  API_KEY_INVALID: { status: 401, vi: 'Khóa tích hợp không hợp lệ hoặc đã bị thu hồi.', en: 'The API key is not valid or was revoked.' },
  WEBHOOK_NOT_FOUND: { status: 404, vi: 'Không tìm thấy địa chỉ nhận sự kiện.', en: 'Unknown webhook.' },
  CENTRE_NOT_FOUND: { status: 404, vi: 'Không có trung tâm với địa chỉ này.', en: 'No centre has this address.' },
  CENTRE_ARCHIVED: { status: 410, vi: 'Trung tâm này đã ngừng hoạt động trên hệ thống.', en: 'This centre is archived.' },
  CENTRE_EXISTS: { status: 409, vi: 'Đã có trung tâm với địa chỉ (slug) này.', en: 'A centre with this slug already exists.' },
  CENTRE_HAS_DATA: { status: 409, vi: 'Trung tâm đã có dữ liệu nên không thể xoá; hãy lưu trữ (ngừng hoạt động) thay vì xoá.', en: 'The centre has data and cannot be deleted; archive it instead.' },
  CENTRE_IMPORT_INVALID: { status: 400, vi: 'Tệp danh sách trung tâm có dòng không hợp lệ; chưa tạo trung tâm nào.', en: 'The centre list has invalid lines; no centre was created.' },
  CONFLICT: { status: 409, vi: 'Dữ liệu bị trùng.', en: 'That conflicts with existing data.' },
  IN_USE: { status: 409, vi: 'Đang được sử dụng, không thể xoá.', en: 'It is in use and cannot be deleted.' },
  STORAGE_FAILED: { status: 503, vi: 'Không ghi được dữ liệu, thao tác chưa được thực hiện.', en: 'Could not store the change; nothing was done.' },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống.', en: 'Internal error.' },
} as const satisfies Record<string, { status: number; vi: string; en: string }>

export type ErrorCode = keyof typeof ERRORS
export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[]

/** The error shape that leaves the server: never raw exception text. */
export interface ApiError {
  code: ErrorCode
  message: string
  messageEn: string
  details?: string
}

/** One reply shape for every command on every transport. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ApiError }

/** Thrown inside the server; turned into an `ApiError` at the edge. */
export class LuotError extends Error {
  readonly code: ErrorCode
  readonly details?: string
  constructor(code: ErrorCode, details?: string) {
    super(ERRORS[code].en)
    this.name = 'LuotError'
    this.code = code
    this.details = details
  }
  get status(): number {
    return ERRORS[this.code].status
  }
  toApiError(): ApiError {
    const e: ApiError = { code: this.code, message: ERRORS[this.code].vi, messageEn: ERRORS[this.code].en }
    if (this.details) e.details = this.details
    return e
  }
}

export function apiError(code: ErrorCode, details?: string): ApiError {
  return new LuotError(code, details).toApiError()
}
