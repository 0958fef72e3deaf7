import { describe, expect, it } from 'vitest'
import { counterLine, ticketBlocks, ticketContentFor, type TicketPrint } from './ticket-content.js'
import type { IssuedTicket } from './schemas/views.js'

const base: TicketPrint = {
  centreName: 'UBND PHƯỜNG HOÀ HẢI',
  number: '1023',
  serviceName: 'Tư pháp – Hộ tịch',
  counterNumbers: [3],
  peopleAhead: 0,
  issuedAt: new Date('2025-05-22T06:05:09Z'),
  timeZone: 'Asia/Ho_Chi_Minh',
  trackingUrl: 'https://luot.example.vn/t/1023',
  footer: 'Vui lòng giữ phiếu và chờ gọi số. Xin cảm ơn!',
}

const texts = (t: TicketPrint): string[] => ticketBlocks(t).flatMap((b) => (b.kind === 'text' ? [b.text] : []))

describe('ticketBlocks', () => {
  it('lays the ticket out top to bottom', () => {
    expect(texts(base)).toEqual([
      'UBND PHƯỜNG HOÀ HẢI',
      'SỐ THỨ TỰ',
      '1023',
      'Tư pháp – Hộ tịch',
      'Quầy: 3',
      'Số người chờ trước: 0',
      'Buổi chiều, 13:05:09 ngày 22/05/2025',
      'Vui lòng giữ phiếu và chờ gọi số. Xin cảm ơn!',
    ])
    expect(ticketBlocks(base).filter((b) => b.kind === 'qr')).toEqual([{ kind: 'qr', data: base.trackingUrl }])
  })

  it('adds the optional subtitle, priority and hotline lines', () => {
    const lines = texts({ ...base, centreSubtitle: 'Bộ phận Một cửa', priorityLabel: 'Ưu tiên: Phụ nữ có thai', hotline: '1900 1234' })
    expect(lines[1]).toBe('Bộ phận Một cửa')
    expect(lines).toContain('Ưu tiên: Phụ nữ có thai')
    expect(lines).toContain('Đường dây nóng: 1900 1234')
  })

  it('leaves the counter line out when no counter serves the area yet', () => {
    expect(texts({ ...base, counterNumbers: [] }).some((l) => l.startsWith('Quầy'))).toBe(false)
  })

  it('normalises text to NFC', () => {
    const blocks = ticketBlocks({ ...base, serviceName: 'Tư pháp'.normalize('NFD') })
    expect(blocks.some((b) => b.kind === 'text' && b.text === 'Tư pháp')).toBe(true)
  })
})

describe("a booking's ticket", () => {
  it('carries the booked time, in the centre\'s zone, as prominently as priority', () => {
    const issued: IssuedTicket = { id: 't1', number: '5002', service: { id: 'dat-dai', code: 'DD', name: { vi: 'Đất đai', en: 'Land' } }, counterNumbers: [3, 4], priorityGroup: null, trackingCode: 'abcdefghijkl', trackingUrl: 'http://luot.test/t/abcdefghijkl', peopleAhead: 0, estimatedWaitMinutes: 0, issuedAt: '2026-11-30T01:10:00.000Z', booking: { slotStart: '2026-11-30T01:30:00.000Z' } }
    const content = ticketContentFor(issued, { name: 'Trung tâm', province: 'Đà Nẵng', hotline: '', timeZone: 'Asia/Ho_Chi_Minh' }, [])
    expect(content.bookingLabel).toBe('Đã đặt lịch: 08:30')
    expect(ticketBlocks(content)).toContainEqual({ kind: 'text', role: 'priority', text: 'Đã đặt lịch: 08:30' })
    const { booking: _none, ...walkIn } = issued
    expect(ticketContentFor(walkIn, { name: 'Trung tâm', province: 'Đà Nẵng', hotline: '', timeZone: 'Asia/Ho_Chi_Minh' }, []).bookingLabel).toBeUndefined()
  })
})

describe('counterLine', () => {
  it('lists every counter', () => {
    expect(counterLine([1, 2])).toBe('Quầy: 1, 2')
  })
})
