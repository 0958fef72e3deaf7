import { describe, expect, it } from 'vitest'
import { encodeTicket } from './encode-ticket.js'
import { prepareRasterPrinting } from './raster-warm-up.js'
import type { TicketPrint } from './ticket-print.js'

const ticket: TicketPrint = {
  centreName: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH',
  number: 'B107',
  serviceName: 'Đất đai',
  counterNumbers: [4, 5, 6],
  peopleAhead: 12,
  issuedAt: new Date('2025-05-22T07:00:00Z'),
  timeZone: 'Asia/Ho_Chi_Minh',
  trackingUrl: 'https://luot.example.vn/t/B107',
  footer: 'Xin cảm ơn!',
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Infinity

describe('encodeTicket', () => {
  it.each(['tcvn3', 'raster'] as const)('%s: starts with ESC @ and ends with a partial cut', async (textMode) => {
    const bytes = await encodeTicket(ticket, { paper: 58, textMode })
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40])
    expect([...bytes.subarray(-5, -2)]).toEqual([0x1d, 0x56, 0x01])
  })

  it('encodes a raster ticket well under 200 ms once prepared', async () => {
    await prepareRasterPrinting(80)
    const times: number[] = []
    for (let i = 0; i < 7; i++) {
      const start = performance.now()
      await encodeTicket({ ...ticket, number: `B${100 + i}` }, { paper: 80, textMode: 'raster' })
      times.push(performance.now() - start)
    }
    expect(median(times)).toBeLessThan(200)
  })
})
