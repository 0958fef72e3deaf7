import { describe, expect, it } from 'vitest'
import type { StaffBooking } from '@luot/shared'
import { bookingsBySlot, checkedInCount } from './bookings-view.js'

let n = 0
const booking = (serviceId: string, slotStart: string, status: StaffBooking['status'] = 'booked'): StaffBooking => ({
  code: `7K3Q9XMP2RD8W${String(n++).padStart(2, '0')}`.slice(0, 15), serviceId, serviceName: { vi: serviceId, en: serviceId }, date: '2026-12-01', slotStart, slotEnd: slotStart.replace(':00', ':15'), status, lang: 'vi', name: 'Nguyễn Văn An', createdAt: '2026-11-30T01:00:00Z',
})

describe('bookingsBySlot', () => {
  it('groups by service in the counter’s order, then by slot; leaves out cancelled bookings and other services', () => {
    const list = [booking('dat-dai', '09:00'), booking('ho-tich', '10:00', 'checked-in'), booking('ho-tich', '08:00'), booking('ho-tich', '08:00', 'cancelled'), booking('chung-thuc', '08:00'), booking('ho-tich', '08:00', 'no-show')]
    const groups = bookingsBySlot(list, ['ho-tich', 'dat-dai'])
    expect(groups.map((g) => [g.serviceId, g.slotStart, g.bookings.length])).toEqual([['ho-tich', '08:00', 2], ['ho-tich', '10:00', 1], ['dat-dai', '09:00', 1]])
    expect(checkedInCount(groups)).toEqual({ checkedIn: 1, all: 4 })
  })
})
