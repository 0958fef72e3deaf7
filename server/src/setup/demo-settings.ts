import type { Centre, Settings } from '@luot/shared'

const weekday = [
  { start: '07:00', end: '11:30' },
  { start: '13:00', end: '17:00' },
]

/** A ward centre after the 2025 two-level reform; opening hours set but not enforced in the demo. */
export function demoCentre(publicBaseUrl: string): Centre {
  return {
    name: 'Trung tâm Phục vụ hành chính công phường Hải Châu',
    nameEn: 'Hải Châu Ward Public Administrative Service Centre',
    province: 'Thành phố Đà Nẵng',
    commune: 'Phường Hải Châu',
    address: '270 Trưng Nữ Vương, phường Hải Châu, thành phố Đà Nẵng',
    hotline: '0236 1022',
    timeZone: 'Asia/Ho_Chi_Minh',
    publicBaseUrl,
    openingHours: { enforce: false, weekdays: [[], weekday, weekday, weekday, weekday, weekday, [{ start: '07:30', end: '11:30' }]] },
  }
}

const n = (vi: string, en: string) => ({ vi, en })

export const DEMO_SETTINGS: Settings = {
  recallLimit: 3,
  priorityGroups: [
    { id: 'thuong-binh', name: n('Thương binh, bệnh binh', 'War invalid or sick soldier') },
    { id: 'nguoi-cao-tuoi', name: n('Người cao tuổi', 'Elderly person') },
    { id: 'phu-nu-co-thai', name: n('Phụ nữ có thai', 'Pregnant woman') },
    { id: 'nguoi-khuyet-tat', name: n('Người khuyết tật', 'Person with a disability') },
  ],
  priorityPolicy: { mode: 'strict' },
  rating: {
    levels: [
      { value: 5, name: n('Rất hài lòng', 'Very satisfied') },
      { value: 4, name: n('Hài lòng', 'Satisfied') },
      { value: 3, name: n('Bình thường', 'Neutral') },
      { value: 2, name: n('Không hài lòng', 'Dissatisfied') },
      { value: 1, name: n('Rất không hài lòng', 'Very dissatisfied') },
    ],
    satisfiedMin: 4,
    lowMax: 2,
    lateWindowHours: 24,
    lowReasons: [
      { id: 'cho-lau', name: n('Phải chờ lâu', 'Waited too long') },
      { id: 'thai-do', name: n('Thái độ chưa thân thiện', 'Unfriendly attitude') },
      { id: 'giai-thich', name: n('Giải thích khó hiểu', 'Unclear explanation') },
      { id: 'thu-tuc', name: n('Thủ tục rườm rà', 'Too much paperwork') },
      { id: 'khac', name: n('Lý do khác', 'Other reason') },
    ],
  },
  outcomes: [
    { id: 'tiep-nhan', name: n('Tiếp nhận hồ sơ', 'Dossier received'), dossier: 'receive' },
    { id: 'tra-ket-qua', name: n('Trả kết quả', 'Result returned'), dossier: 'return' },
    { id: 'huong-dan', name: n('Hướng dẫn, bổ sung hồ sơ', 'Guidance – dossier to complete') },
    { id: 'khac', name: n('Khác', 'Other') },
  ],
  printers: [],
  ticker: ['Đường dây nóng phản ánh, kiến nghị: 0236 1022', 'Tra cứu hồ sơ trực tuyến tại Cổng Dịch vụ công quốc gia'],
  kioskReturnSeconds: 20,
  dossiers: {
    enabled: true,
    returnServiceId: 'tra-ket-qua',
    middayAt: '12:00',
    alertWorkingDays: 1,
    issuerLines: ['ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU', 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG'],
    place: 'Hải Châu',
  },
  voice: {
    template: 'Xin mời công dân có số thứ tự {number} đến quầy số {counter}',
    templateEn: 'Number {number}, please go to counter {counter}',
    repeat: 2,
    english: false,
  },
}
