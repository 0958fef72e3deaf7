/** The console's booking words: marks in the queue, today's bookings panel, the booking settings. */
export const BOOKINGS = {
  markBooked: { vi: 'Đặt lịch {time}', en: 'Booked {time}' },
  markNotCheckedIn: { vi: 'Chưa xác nhận có mặt', en: 'Not checked in' },
  markNotCheckedInHint: { vi: 'Số lấy từ xa, công dân chưa xác nhận có mặt tại Trung tâm: có thể đánh dấu vắng mặt.', en: 'Taken from a phone and not checked in at the centre: you may mark it as a no-show.' },
  bookingsTitle: { vi: 'Lịch hẹn hôm nay', en: 'Today’s bookings' },
  bookingsEmpty: { vi: 'Không có lịch hẹn nào hôm nay cho các lĩnh vực của quầy.', en: 'No bookings today for this counter’s services.' },
  bookingsCount: { vi: '{in}/{all} đã có mặt', en: '{in} of {all} checked in' },
  bookingStatusBooked: { vi: 'Chưa đến', en: 'Not arrived' },
  bookingStatusCheckedIn: { vi: 'Đã có mặt · số {n}', en: 'Checked in · no. {n}' },
  bookingStatusCancelled: { vi: 'Đã huỷ', en: 'Cancelled' },
  bookingStatusNoShow: { vi: 'Không đến', en: 'No-show' },
  checkInThis: { vi: 'Xác nhận có mặt', en: 'Check in' },
  checkedInDone: { vi: 'Đã cấp số {n} cho lịch hẹn {code}.', en: 'Ticket {n} issued for booking {code}.' },
} as const
