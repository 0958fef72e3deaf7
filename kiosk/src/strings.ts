import type { Lang } from '@luot/shared'

const s = (vi: string, en: string): Record<Lang, string> => ({ vi, en })

/** Every kiosk string, in both languages. Shared words come from COMMON_STRINGS. */
export const KIOSK_STRINGS = {
  title: s('Lấy số thứ tự', 'Take a number'),
  chooseService: s('Ông/Bà chạm vào lĩnh vực cần giải quyết', 'Touch the service you need'),
  switchLang: s('English', 'Tiếng Việt'),
  waitingPeople: s('người đang chờ', 'waiting'),
  capReached: s('Đã hết số hôm nay', 'No more numbers today'),
  noCounterOpen: s('Chưa có quầy mở', 'No counter open yet'),
  priorityToggle: s('Tôi thuộc nhóm ưu tiên', 'I belong to a priority group'),
  priorityPick: s('Ông/Bà thuộc nhóm ưu tiên nào?', 'Which priority group are you in?'),
  priorityChosen: s('Ưu tiên', 'Priority'),
  priorityCancel: s('Bỏ ưu tiên', 'Not priority'),
  back: s('Quay lại', 'Back'),
  priorityNote: s('Cán bộ có thể đề nghị xuất trình giấy tờ chứng minh.', 'Staff may ask for proof.'),
  issuing: s('Đang in phiếu…', 'Issuing your ticket…'),
  ticketService: s('Lĩnh vực', 'Service'),
  ticketCounters: s('Quầy phục vụ', 'Counters'),
  ticketTime: s('Thời gian lấy số', 'Issued at'),
  scanToTrack: s('Quét mã để theo dõi lượt trên điện thoại', 'Scan to follow your turn on your phone'),
  returnIn: s('Tự động quay lại sau', 'Back to start in'),
  seconds: s('giây', 's'),
  done: s('Xong', 'Done'),
  takeTicketBelow: s('Mời nhận phiếu bên dưới', 'Please take your ticket below'),
  printFailed: s('Máy in gặp sự cố – vui lòng chụp ảnh phiếu này', 'Printer problem – please take a photo of this ticket'),
  closed: s('Ngoài giờ làm việc, Trung tâm chưa cấp số.', 'Outside opening hours: no tickets are issued now.'),
  closedHint: s('Vui lòng quay lại trong giờ làm việc.', 'Please come back during opening hours.'),
  capRefusal: s('Đã hết số thứ tự của lĩnh vực này trong ngày hôm nay.', 'No more tickets for this service area today.'),
  inactiveRefusal: s('Lĩnh vực này tạm ngừng tiếp nhận.', 'This service area is not taking tickets now.'),
  noAnswer: s('Chưa lấy được số do mất kết nối. Vui lòng chạm lại.', 'Could not get a number: the connection dropped. Please touch again.'),
  otherRefusal: s('Chưa lấy được số. Vui lòng thử lại hoặc hỏi cán bộ.', 'Could not get a number. Please try again or ask a member of staff.'),
  ok: s('Đóng', 'Close'),
  connecting: s('Đang kết nối…', 'Connecting…'),
  lostConnection: s('Mất kết nối…', 'Connection lost…'),
  disconnectedHint: s('Máy đang tự kết nối lại. Vui lòng chờ trong giây lát hoặc hỏi cán bộ.', 'The kiosk is reconnecting by itself. Please wait a moment or ask a member of staff.'),
  touchToStart: s('Chạm để lấy số', 'Touch to take a number'),
  noServices: s('Hiện chưa có lĩnh vực nào nhận hồ sơ.', 'No service area is taking tickets now.'),
} as const satisfies Record<string, Record<Lang, string>>

export type KioskKey = keyof typeof KIOSK_STRINGS
