import { describe, expect, it } from 'vitest'
import type { StaffDossier } from '@luot/shared'
import { slipContent, slipInstant, slipsFor, trackUrlOf } from './slip-content.js'

const staff = { kind: 'staff' as const, id: 'u1', name: 'Lê Thị Hoa' }
const dossier: StaffDossier = {
  code: 'ABCDEFGHJKMNPQR',
  procedureId: 'khai-sinh',
  procedureName: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  processing: { amount: 3, unit: 'working-days' },
  serviceId: 'tu-phap',
  documents: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'],
  copies: 1,
  applicantName: 'Nguyễn Văn An',
  lang: 'vi',
  status: 'in-progress',
  receivedAt: '2026-11-30T02:05:00.000Z',
  receivedBy: staff,
  dueAt: '2026-12-03T10:30:00.000Z',
  dueDate: '2026-12-03',
  dueHalf: 'afternoon',
  apologies: [{ at: '2026-12-04T01:00:00.000Z', reason: 'Chờ xác minh của cơ quan khác', newDate: '2026-12-08', by: staff }],
  history: [
    { at: '2026-11-30T02:05:00.000Z', status: 'received', by: staff },
    { at: '2026-12-01T03:00:00.000Z', status: 'supplement-requested', by: staff, note: 'Bản sao CCCD' },
  ],
  updatedAt: '2026-12-04T01:00:00.000Z',
  overdue: true,
  dueSoon: false,
}
const ctx = { lang: 'vi' as const, timeZone: 'Asia/Ho_Chi_Minh', unit: 'Trung tâm Phục vụ hành chính công phường Hải Châu', collectAt: 'Quầy Tư pháp' }
const text = (c: ReturnType<typeof slipContent>) => c.blocks.map((b) => (b.kind === 'field' ? `${b.label}: ${b.value}` : b.kind === 'text' ? b.text : b.items.join(' | '))).join('\n')

describe('the slips', () => {
  it('Mẫu 01 says what was received, when, the legal time and the due half-day', () => {
    const c = slipContent('01', dossier, ctx)
    expect(c.title).toBe('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ')
    expect(c.code).toBe('ABCDE-FGHJK-MNPQR')
    const body = text(c)
    expect(body).toContain('Tiếp nhận hồ sơ của: Nguyễn Văn An')
    expect(body).toContain('Tờ khai đăng ký khai sinh | Giấy chứng sinh')
    expect(body).toContain('Thời gian giải quyết hồ sơ theo quy định là: 3 ngày làm việc')
    expect(body).toContain('Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 30 tháng 11 năm 2026')
    expect(body).toContain('Thời gian trả kết quả giải quyết hồ sơ: buổi chiều ngày 03 tháng 12 năm 2026')
    expect(c.signatures.map((s) => s.title)).toEqual(['NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN HỒ SƠ'])
  })

  it('Mẫu 04 gives the latest apology’s reason and new date, and the head signs', () => {
    const c = slipContent('04', dossier, ctx)
    const body = text(c)
    expect(c.title).toBe('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ')
    expect(body).toContain('Kính gửi: Nguyễn Văn An')
    expect(body).toContain('Lý do: Chờ xác minh của cơ quan khác')
    expect(body).toContain('trả kết quả giải quyết hồ sơ cho ông/bà vào ngày 08 tháng 12 năm 2026')
    expect(c.signatures).toEqual([{ title: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', hint: '(Ký, ghi rõ họ tên và đóng dấu)' }])
    expect(slipInstant('04', dossier)).toBe('2026-12-04T01:00:00.000Z')
  })

  it('Mẫu 02 lists the note line by line and Mẫu 03 states the refusal, in English too', () => {
    expect(text(slipContent('02', { ...dossier, supplementNote: 'Bản sao CCCD\nSổ hộ khẩu' }, ctx))).toContain('Bản sao CCCD | Sổ hộ khẩu')
    expect(slipInstant('02', dossier)).toBe('2026-12-01T03:00:00.000Z')
    const refusal = slipContent('03', { ...dossier, status: 'refused', refusalReason: 'Not within our competence' }, { ...ctx, lang: 'en' })
    expect(refusal.title).toBe('REFUSAL TO ACCEPT THE DOSSIER')
    expect(text(refusal)).toContain('refuses to accept and process this dossier, for this reason: Not within our competence')
  })

  it('offers the slips a dossier has something for', () => {
    expect(slipsFor(dossier)).toEqual(['01', '04'])
    expect(slipsFor({ ...dossier, supplementNote: 'x', apologies: [] })).toEqual(['01', '02'])
    expect(slipsFor({ ...dossier, status: 'refused', refusalReason: 'x' })).toEqual(['03'])
  })

  it("points the QR code at the centre's public address, else this server", () => {
    expect(trackUrlOf('https://luot.haichau.vn/', 'ABC', 'http://10.0.0.2:3000/')).toBe('https://luot.haichau.vn/d/ABC')
    expect(trackUrlOf(' ', 'ABC', 'http://10.0.0.2:3000/')).toBe('http://10.0.0.2:3000/d/ABC')
  })
})
