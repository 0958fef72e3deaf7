import { describe, expect, it } from 'vitest'
import type { BookingSettings, ServiceBooking, StoredBooking } from '@luot/shared'
import { testConfig } from '../../../../test/support/domain-fixtures.js'
import { demoBooking } from '../../setup/demo-booking.js'
import { dayOpenness, localInstant } from './calendar.js'
import { checkInCheck, isLapsed, offeredSlot, statusOf } from './rules.js'
import { slotsOfDay } from './slots.js'

const base = (): BookingSettings => ({
  ...demoBooking(2026),
  calendar: [
    { date: '2026-12-02', kind: 'holiday', name: { vi: 'Ngày nghỉ thử', en: 'Test holiday' } },
    { date: '2026-12-06', kind: 'working-day', name: { vi: 'Làm bù', en: 'Make-up working day' } },
  ],
})
const svc = (over: Partial<ServiceBooking>): ServiceBooking => ({ serviceId: 'chung-thuc', bookable: true, slotMinutes: 15, placesPerSlot: 2, walkInMinutesPerHour: 0, remoteJoin: false, remoteDailyCap: 0, ...over })
const config = testConfig({ booking: base() })
const starts = (s: ServiceBooking, date: string) => slotsOfDay(config, base(), s, date).map((x) => x.start)

describe('slots of a day', () => {
  it.each([
    // Tuesday: 07:00–11:30 and 13:00–17:00
    { name: '30-minute slots, no walk-in time', s: svc({ slotMinutes: 30 }), date: '2026-12-01', first: ['07:00', '07:30', '08:00'], count: 9 + 8 },
    { name: '15-minute slots, a quarter of each hour for walk-ins', s: svc({ walkInMinutesPerHour: 15 }), date: '2026-12-01', first: ['07:15', '07:30', '07:45', '08:15'], count: 13 + 12 },
    { name: '60-minute slots end inside the session (no 11:00–12:00)', s: svc({ slotMinutes: 60 }), date: '2026-12-01', first: ['07:00', '08:00', '09:00', '10:00', '13:00'], count: 4 + 4 },
    { name: '20-minute slots with 30 walk-in minutes: only :40 starts', s: svc({ slotMinutes: 20, walkInMinutesPerHour: 30 }), date: '2026-12-01', first: ['07:40', '08:40'], count: 4 + 4 },
    { name: 'Saturday morning only', s: svc({ slotMinutes: 30 }), date: '2026-12-05', first: ['07:30', '08:00'], count: 8 },
    { name: 'Sunday: none', s: svc({}), date: '2026-11-29', first: [], count: 0 },
    { name: 'a holiday: none', s: svc({}), date: '2026-12-02', first: [], count: 0 },
    { name: "a make-up working day on a Sunday: Monday's sessions", s: svc({ slotMinutes: 30 }), date: '2026-12-06', first: ['07:00', '07:30'], count: 17 },
  ])('$name', ({ s, date, first, count }) => {
    const list = starts(s, date)
    expect(list.slice(0, first.length)).toEqual(first)
    expect(list).toHaveLength(count)
  })
})

describe('which days can be booked', () => {
  it.each([
    { date: '2026-11-29', reason: 'past' },
    { date: '2026-11-30', reason: undefined },
    { date: '2026-12-02', reason: 'holiday' },
    { date: '2026-12-06', reason: undefined },
    { date: '2026-12-13', reason: 'weekend' },
    { date: '2026-12-14', reason: undefined },
    { date: '2026-12-15', reason: 'beyond-horizon' },
  ])('$date: $reason', ({ date, reason }) => {
    const r = dayOpenness(config, base(), date, '2026-11-30')
    expect(r.open ? undefined : r.reason).toBe(reason)
  })
})

describe('a booking through its day', () => {
  const booking: StoredBooking = { code: 'ABCDEFGHJKMNPQR', serviceId: 'chung-thuc', date: '2026-11-30', slotStart: '09:15', slotEnd: '09:30', state: 'booked', lang: 'vi', name: 'Nguyễn Văn An', createdAt: '2026-11-29T01:00:00.000Z', updatedAt: '2026-11-29T01:00:00.000Z' }
  const at = (hhmm: string) => localInstant('2026-11-30', hhmm, 'Asia/Ho_Chi_Minh')

  it('a slot starts at its local time', () => {
    expect(at('09:15').toISOString()).toBe('2026-11-30T02:15:00.000Z')
  })

  it.each([
    { time: '08:00', check: 'now', status: 'booked' },
    { time: '09:15', check: 'now', status: 'booked' },
    { time: '09:30', check: 'now', status: 'booked' },
    { time: '09:31', check: 'BOOKING_LATE', status: 'no-show' },
  ])('at $time: check-in $check, status $status (grace 15 minutes)', ({ time, check, status }) => {
    const clock = { now: at(time), today: '2026-11-30' }
    let got: string
    try {
      got = checkInCheck(config, booking, clock)
    } catch (err) {
      got = (err as { code: string }).code
    }
    expect(got).toBe(check)
    expect(statusOf(config, booking, clock.now)).toBe(status)
    expect(isLapsed(config, { ...booking, state: 'checked-in' }, clock.now)).toBe(false)
  })

  it.each([
    { slot: '08:00', code: 'SLOT_UNAVAILABLE' },
    { slot: '09:00', code: 'SLOT_UNAVAILABLE' },
    { slot: '09:15', code: null },
  ])('offering $slot at 09:00 today: $code', ({ slot, code }) => {
    const run = () => offeredSlot(config, 'chung-thuc', '2026-11-30', slot, { now: at('09:00'), today: '2026-11-30' })
    if (code) expect(run).toThrowError(expect.objectContaining({ code }))
    else expect(run()).toEqual({ start: slot, end: '09:30', capacity: 2 })
  })
})
