import { describe, expect, it } from 'vitest'
import { ticketSession } from './ticket-content.js'

const VN = 'Asia/Ho_Chi_Minh'

describe('ticketSession', () => {
  it.each([
    ['2025-05-22T00:00:00Z', 'Sáng'], // 07:00 local
    ['2025-05-22T04:59:59Z', 'Sáng'], // 11:59:59
    ['2025-05-22T05:00:00Z', 'Chiều'], // 12:00:00
    ['2025-05-22T09:30:00Z', 'Chiều'], // 16:30
    ['2025-05-21T17:00:00Z', 'Sáng'], // 00:00 local, the UTC date before
  ])('%s in Hồ Chí Minh is %s', (iso, session) => {
    expect(ticketSession(new Date(iso), VN)).toBe(session)
  })

  it('uses the centre zone, not the machine zone', () => {
    const instant = new Date('2025-05-22T04:30:00Z')
    expect(ticketSession(instant, VN)).toBe('Sáng') // 11:30
    expect(ticketSession(instant, 'Asia/Tokyo')).toBe('Chiều') // 13:30
  })
})
