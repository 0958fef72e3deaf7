import type { TicketPrint } from '../../../server/src/printing/index.js'

/** A ticket as a commune centre would issue it on a weekday morning. */
export function sampleTicket(overrides: Partial<TicketPrint> = {}): TicketPrint {
  return {
    centreName: 'UBND PHƯỜNG HOÀ HẢI',
    centreSubtitle: 'Bộ phận Một cửa',
    number: 'A025',
    serviceName: 'Lao động – Thương binh và Xã hội',
    counterNumbers: [1, 2],
    peopleAhead: 5,
    issuedAt: new Date('2025-05-22T01:15:03Z'),
    timeZone: 'Asia/Ho_Chi_Minh',
    trackingUrl: 'https://luot.example.vn/t/2025-05-22/A025?k=9f3c',
    hotline: '0236 3 123 456',
    footer: 'Vui lòng giữ phiếu và chờ gọi số. Xin cảm ơn!',
    priorityLabel: 'Ưu tiên: Người cao tuổi',
    ...overrides,
  }
}

/** Every Vietnamese letter: all tones on all vowels, đ, both cases. */
export const VIETNAMESE_LOWER = 'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ'
export const VIETNAMESE_UPPER = VIETNAMESE_LOWER.toUpperCase()
