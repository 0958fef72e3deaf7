import { describe, expect, it } from 'vitest'
import type { ProcessingTime } from '@luot/shared'
import { dueOnReceipt, dueOnResume, owedAt } from './due-date.js'
import { timelinessOf } from './rules.js'
import type { WorkCalendar } from './working-time.js'

const weekday = [
  { start: '07:00', end: '11:30' },
  { start: '13:00', end: '17:00' },
]
/** The demo ward: weekdays 07:00–11:30 and 13:00–17:00, Saturday morning only; Wednesday 2 December a holiday, Saturday 5 December a make-up working day. */
const cal: WorkCalendar = {
  timeZone: 'Asia/Ho_Chi_Minh',
  weekdays: [[], weekday, weekday, weekday, weekday, weekday, [{ start: '07:30', end: '11:30' }]],
  calendar: [],
  middayAt: '12:00',
}
const holiday: WorkCalendar = { ...cal, calendar: [{ date: '2026-12-02', kind: 'holiday', name: { vi: 'Nghỉ', en: 'Off' } }] }
const makeUp: WorkCalendar = { ...cal, calendar: [{ date: '2026-12-05', kind: 'working-day', name: { vi: 'Làm bù', en: 'Make-up day' } }] }

/** A local time in Đà Nẵng (UTC+7). */
const at = (date: string, hhmm: string): Date => new Date(`${date}T${hhmm}:00+07:00`)
const days = (amount: number): ProcessingTime => ({ amount, unit: 'working-days' })
const hours = (amount: number): ProcessingTime => ({ amount, unit: 'working-hours' })

// 2026-11-30 is a Monday
describe('due date on receipt (half-day rule)', () => {
  it.each([
    { name: 'morning receipt, 1 day: from that afternoon to the next morning', c: cal, p: days(1), received: at('2026-11-30', '09:00'), due: ['2026-12-01', 'morning', '11:30'] },
    { name: 'afternoon receipt, 1 day: the next working day', c: cal, p: days(1), received: at('2026-11-30', '14:00'), due: ['2026-12-01', 'afternoon', '17:00'] },
    { name: 'after the afternoon session: as received next morning', c: cal, p: days(1), received: at('2026-11-30', '17:30'), due: ['2026-12-02', 'morning', '11:30'] },
    { name: 'before the morning session opens: that morning', c: cal, p: days(1), received: at('2026-11-30', '06:30'), due: ['2026-12-01', 'morning', '11:30'] },
    { name: 'at lunch before midday: still the morning', c: cal, p: days(1), received: at('2026-11-30', '11:45'), due: ['2026-12-01', 'morning', '11:30'] },
    { name: 'half a day in the morning: the same afternoon ("trong ngày")', c: cal, p: days(0.5), received: at('2026-11-30', '08:00'), due: ['2026-11-30', 'afternoon', '17:00'] },
    { name: 'Friday afternoon, 1 day: over the weekend to Monday afternoon', c: cal, p: days(1), received: at('2026-12-04', '15:00'), due: ['2026-12-07', 'afternoon', '17:00'] },
    { name: 'Friday afternoon, half a day: Monday morning (Saturday hours do not count)', c: cal, p: days(0.5), received: at('2026-12-04', '15:00'), due: ['2026-12-07', 'morning', '11:30'] },
    { name: 'received on Sunday: as Monday morning', c: cal, p: days(1), received: at('2026-12-06', '10:00'), due: ['2026-12-08', 'morning', '11:30'] },
    { name: 'a holiday in the span is skipped', c: holiday, p: days(2), received: at('2026-12-01', '09:00'), due: ['2026-12-04', 'morning', '11:30'] },
    { name: 'received on a holiday: as the next working morning', c: holiday, p: days(1), received: at('2026-12-02', '09:00'), due: ['2026-12-04', 'morning', '11:30'] },
    { name: "a make-up Saturday counts, with Monday's hours", c: makeUp, p: days(1), received: at('2026-12-04', '14:00'), due: ['2026-12-05', 'afternoon', '17:00'] },
    { name: '15 working days over three weekends', c: cal, p: days(15), received: at('2026-11-30', '09:00'), due: ['2026-12-21', 'morning', '11:30'] },
    { name: '2 hours from the afternoon session', c: cal, p: hours(2), received: at('2026-11-30', '10:00'), due: ['2026-11-30', 'afternoon', '15:00'] },
    { name: '8 hours crossing into the next day', c: cal, p: hours(8), received: at('2026-11-30', '09:00'), due: ['2026-12-01', 'morning', '11:00'] },
    { name: '6 hours crossing the lunch break', c: cal, p: hours(6), received: at('2026-11-30', '14:00'), due: ['2026-12-01', 'afternoon', '14:30'] },
    { name: '4 hours from Friday afternoon: Monday, skipping Saturday', c: cal, p: hours(4), received: at('2026-12-04', '14:00'), due: ['2026-12-07', 'morning', '11:00'] },
  ])('$name', ({ c, p, received, due: [date, half, time] }) => {
    const due = dueOnReceipt(c, p, received)
    expect(due).toEqual({ dueDate: date, dueHalf: half, dueAt: at(date!, time!).toISOString() })
  })
})

describe('pause for additional documents, and resume', () => {
  it.each([
    {
      name: '5 days paused Friday afternoon, resumed Monday afternoon: the one half-day owed is Tuesday morning',
      p: days(5), received: at('2026-11-30', '09:00'), due: '2026-12-07', paused: at('2026-12-04', '14:00'), owed: 1, resumed: at('2026-12-07', '14:00'), after: ['2026-12-08', 'morning', '11:30'],
    },
    {
      name: 'paused Thursday morning, resumed on Saturday (not a working day): counted from Monday afternoon',
      p: days(5), received: at('2026-11-30', '09:00'), due: '2026-12-07', paused: at('2026-12-03', '10:00'), owed: 4, resumed: at('2026-12-05', '09:00'), after: ['2026-12-09', 'morning', '11:30'],
    },
    {
      name: 'working hours: the opening minutes left are kept and counted from the next half-day',
      p: hours(8), received: at('2026-11-30', '09:00'), due: '2026-12-01', paused: at('2026-11-30', '15:00'), owed: 360, resumed: at('2026-12-02', '10:00'), after: ['2026-12-03', 'morning', '09:00'],
    },
    {
      name: 'paused when already late: nothing owed, the old due date stands',
      p: days(1), received: at('2026-11-30', '09:00'), due: '2026-12-01', paused: at('2026-12-02', '09:00'), owed: 0, resumed: at('2026-12-03', '09:00'), after: ['2026-12-01', 'morning', '11:30'],
    },
  ])('$name', ({ p, received, due, paused, owed, resumed, after: [date, half, time] }) => {
    const first = dueOnReceipt(cal, p, received)
    expect(first.dueDate).toBe(due)
    expect(owedAt(cal, p, first, paused)).toBe(owed)
    expect(dueOnResume(cal, p, owed, resumed, first)).toEqual({ dueDate: date, dueHalf: half, dueAt: at(date!, time!).toISOString() })
  })
})

describe('early, on time, late', () => {
  it.each([
    { returned: '2026-12-02', expected: 'early' },
    { returned: '2026-12-03', expected: 'on-time' },
    { returned: '2026-12-04', expected: 'late' },
    { returned: '2027-01-04', expected: 'late' },
  ])('due 2026-12-03, returned $returned: $expected', ({ returned, expected }) => {
    expect(timelinessOf('2026-12-03', returned)).toBe(expected)
  })
})
