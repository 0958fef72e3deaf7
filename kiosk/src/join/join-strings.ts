import type { Lang } from '@luot/shared'

const s = (vi: string, en: string): Record<Lang, string> => ({ vi, en })

/** Every string of the remote-join page (/join/), in both languages. */
export const JOIN_STRINGS = {
  pageTitle: s('Lấy số từ xa', 'Take a number from your phone'),
  switchLang: s('English', 'Tiếng Việt'),
  intro: s('Lấy số thứ tự cho hôm nay ngay trên điện thoại, rồi theo dõi lượt của mình. Vui lòng có mặt tại Trung tâm trước khi đến lượt.', 'Take a number for today on your phone, then follow your turn. Please be at the centre before your turn comes.'),
  pick: s('Chọn lĩnh vực', 'Pick a service'),
  waiting: s('{n} người đang chờ', '{n} waiting'),
  left: s('còn {n} số từ xa', '{n} phone numbers left'),
  capReached: s('Đã hết số từ xa hôm nay', 'No more phone numbers today'),
  notRemote: s('Chỉ lấy số tại kiosk', 'Kiosk only'),
  closed: s('Trung tâm đang ngoài giờ làm việc: chưa lấy số từ xa được. Vui lòng quay lại trong giờ làm việc.', 'The centre is closed: no numbers can be taken now. Please come back during opening hours.'),
  none: s('Hiện không có lĩnh vực nào nhận lấy số từ xa.', 'No service takes numbers from phones at the moment.'),
  taking: s('Đang lấy số…', 'Taking your number…'),
  loading: s('Đang tải…', 'Loading…'),
  retry: s('Thử lại', 'Try again'),
} as const satisfies Record<string, Record<Lang, string>>
