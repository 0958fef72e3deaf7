import type { Lang } from '@luot/shared'

const s = (vi: string, en: string): Record<Lang, string> => ({ vi, en })

/** Every string of the dossier pages (/d/{code}, and the kiosk's "Nhận kết quả"), in both languages. */
export const DOSSIER_STRINGS = {
  pageTitle: s('Theo dõi hồ sơ', 'Follow your dossier'),
  switchLang: s('English', 'Tiếng Việt'),
  loading: s('Đang tải…', 'Loading…'),
  retry: s('Thử lại', 'Try again'),
  code: s('Mã hồ sơ', 'Dossier code'),
  procedure: s('Thủ tục', 'Procedure'),
  service: s('Lĩnh vực', 'Service area'),
  receivedAt: s('Ngày tiếp nhận', 'Received'),
  dueDate: s('Ngày hẹn trả kết quả', 'Result due'),
  morning: s('Sáng', 'Morning of'),
  afternoon: s('Chiều', 'Afternoon of'),
  stepReceived: s('Đã tiếp nhận', 'Received'),
  stepInProgress: s('Đang giải quyết', 'In progress'),
  stepSupplement: s('Cần bổ sung giấy tờ', 'Documents needed'),
  stepReady: s('Đã có kết quả', 'Result ready'),
  stepReturned: s('Đã trả kết quả', 'Returned'),
  stepRefused: s('Từ chối giải quyết', 'Refused'),
  stepWithdrawn: s('Đã rút hồ sơ', 'Withdrawn'),
  readyTitle: s('Hồ sơ đã có kết quả', 'Your result is ready'),
  readyWhere: s('Mời Ông/Bà đến {centre}, lĩnh vực {service}, chọn "Nhận kết quả" trên kiosk và quét mã QR trên giấy hẹn.', 'Please come to {centre}, service area {service}: touch "Collect a result" on the kiosk and scan the QR code on your slip.'),
  returnedNote: s('Kết quả đã được trả ngày {date}.', 'The result was handed over on {date}.'),
  supplementTitle: s('Hồ sơ cần bổ sung', 'Your dossier needs more documents'),
  supplementHint: s('Thời hạn giải quyết tạm dừng cho đến khi Ông/Bà nộp đủ giấy tờ.', 'The processing time is paused until you supply the documents.'),
  refusedTitle: s('Hồ sơ bị từ chối giải quyết', 'Your dossier was refused'),
  apologyTitle: s('Thư xin lỗi', 'Apology'),
  apologyText: s('Trung tâm xin lỗi vì trả kết quả chậm. Ngày hẹn trả mới: {date}.', 'We are sorry that your result is late. New date: {date}.'),
  reason: s('Lý do', 'Reason'),
  overdue: s('Đã quá hạn trả kết quả', 'Past the due date'),
  notFound: s('Không tìm thấy hồ sơ', 'Dossier not found'),
  notFoundHint: s('Mã hồ sơ không đúng. Vui lòng quét lại mã QR trên giấy tiếp nhận hồ sơ.', 'The dossier code is wrong. Please scan the QR code on your receipt again.'),
  dossierLink: s('Theo dõi hồ sơ {code}', 'Follow dossier {code}'),
}
