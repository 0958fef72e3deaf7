import { describe, expect, it } from 'vitest'
import { BookingService } from '../../../server/src/booking/booking-service.js'
import { QueueService } from '../../../server/src/queue-service.js'
import { demoBooking } from '../../../server/src/setup/demo-booking.js'
import { BookingFile } from '../../../server/src/store/booking/booking-file.js'
import { MemoryStore } from '../../../server/src/store/memory-store.js'
import { testConfig } from '../../support/domain-fixtures.js'

describe('a repeated booking code', () => {
  it('is drawn again: it never overwrites the booking that has it', async () => {
    const queue = await QueueService.open({ store: new MemoryStore(), config: testConfig({ booking: demoBooking(2026) }), clock: () => new Date('2026-11-30T01:00:00.000Z') })
    const codes = ['AAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAA', 'BBBBBBBBBBBBBBB']
    const bookings = new BookingService(await BookingFile.open(null), queue, () => codes.shift()!)
    const first = await bookings.book({ serviceId: 'dat-dai', date: '2026-12-01', slotStart: '08:30', name: 'Nguyễn Văn An', lang: 'vi' })
    const second = await bookings.book({ serviceId: 'dat-dai', date: '2026-12-01', slotStart: '09:30', name: 'Trần Thị Bình', lang: 'vi' })
    expect([first.code, second.code]).toEqual(['AAAAAAAAAAAAAAA', 'BBBBBBBBBBBBBBB'])
    expect((await bookings.get('AAAAAAAAAAAAAAA')).slotStart).toBe('08:30')
    await queue.close()
  })
})
