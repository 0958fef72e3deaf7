import { localParts, parseTimeOfDay, type BookingSettings, type CalendarDay, type LocalizedName } from '@luot/shared'
import type { Config } from '../types.js'

/** Day of the week of a "YYYY-MM-DD" (0 Sunday … 6 Saturday), whatever the time zone. */
export const weekdayOfKey = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay()

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** The instant a local wall-clock time of `date` happens in `timeZone` (two passes settle a DST edge; Vietnam has none). */
export function localInstant(date: string, hhmm: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const minute = parseTimeOfDay(hhmm)
  const want = Date.UTC(y, m - 1, d, Math.floor(minute / 60), minute % 60)
  let guess = want
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(guess), timeZone)
    guess += want - Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute)
  }
  return new Date(guess)
}

/** The calendar entry of `date`, if any. */
export const calendarDay = (b: BookingSettings, date: string): CalendarDay | undefined => b.calendar.find((c) => c.date === date)

/**
 * The opening sessions of `date` for bookings: the weekday's sessions (read even when opening hours
 * are not enforced for the kiosk), none on a holiday, and on a make-up working day those of Monday
 * (a weekend worked like a weekday) unless the weekend day has its own.
 */
export function sessionsOf(config: Config, b: BookingSettings, date: string): { start: string; end: string }[] {
  const entry = calendarDay(b, date)
  if (entry?.kind === 'holiday') return []
  const weekdays = config.centre.openingHours.weekdays
  const own = weekdays[weekdayOfKey(date)] ?? []
  if (entry?.kind === 'working-day' && own.length === 0) return weekdays[1] ?? []
  return own
}

export type ClosedReason = 'weekend' | 'holiday' | 'past' | 'beyond-horizon' | 'not-bookable'

/** Whether `date` can be booked from `today`, else why not (and the holiday's name). */
export function dayOpenness(config: Config, b: BookingSettings, date: string, today: string): { open: true } | { open: false; reason: ClosedReason; holiday?: LocalizedName } {
  if (date < today) return { open: false, reason: 'past' }
  if (date > addDays(today, b.horizonDays)) return { open: false, reason: 'beyond-horizon' }
  const entry = calendarDay(b, date)
  if (entry?.kind === 'holiday') return { open: false, reason: 'holiday', holiday: entry.name }
  if (sessionsOf(config, b, date).length === 0) return { open: false, reason: 'weekend' }
  return { open: true }
}
