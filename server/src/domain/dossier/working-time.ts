import { localParts, parseTimeOfDay, type CalendarDay, type OpeningSession } from '@luot/shared'
import type { Config } from '../types.js'
import { addDays, localInstant, weekdayOfKey } from '../booking/calendar.js'

/** What the due-date rule reads of the configuration: the time zone, the weekday opening hours, the holiday calendar and the midday split. */
export interface WorkCalendar {
  timeZone: string
  /** Opening sessions per weekday, 0 Sunday … 6 Saturday. */
  weekdays: OpeningSession[][]
  /** `settings.booking.calendar`: holidays and make-up working days (one calendar for the centre). */
  calendar: CalendarDay[]
  /** "HH:MM": morning before it, afternoon from it. */
  middayAt: string
}

export type Half = 'morning' | 'afternoon'

/** One half-day of a working day: its date, which half, and its opening time in minutes since local midnight. */
export interface HalfDay {
  date: string
  half: Half
  /** Opening segments of this half (sessions cut at midday), in minutes since local midnight, in order. */
  segments: { start: number; end: number }[]
}

/** The work calendar of a configuration; `middayAt` from the dossier settings ("12:00" when absent). */
export function workCalendar(config: Config): WorkCalendar {
  return {
    timeZone: config.centre.timeZone,
    weekdays: config.centre.openingHours.weekdays,
    calendar: config.settings.booking?.calendar ?? [],
    middayAt: config.settings.dossiers?.middayAt ?? '12:00',
  }
}

/** Monday to Friday unless a holiday; a weekend day listed as a make-up working day. */
export function isWorkingDay(cal: WorkCalendar, date: string): boolean {
  const entry = cal.calendar.find((c) => c.date === date)
  if (entry) return entry.kind === 'working-day'
  const wd = weekdayOfKey(date)
  return wd >= 1 && wd <= 5
}

/**
 * The opening sessions a working day counts: its weekday's, or Monday's on a make-up weekend day
 * (or on a weekday the centre lists no hours for); with no hours configured at all, the whole day.
 */
function sessionsOf(cal: WorkCalendar, date: string): { start: number; end: number }[] {
  const wd = weekdayOfKey(date)
  const own = wd >= 1 && wd <= 5 ? (cal.weekdays[wd] ?? []) : []
  const list = own.length > 0 ? own : (cal.weekdays[1] ?? [])
  const sessions = list.map((s) => ({ start: parseTimeOfDay(s.start), end: parseTimeOfDay(s.end) })).filter((s) => s.end > s.start)
  return sessions.length > 0 ? sessions.sort((a, b) => a.start - b.start) : [{ start: 0, end: 24 * 60 }]
}

/** The two halves of a working day: sessions cut at midday. A half with no opening time keeps an empty segment at midday (it still counts as a half-day). */
export function halvesOf(cal: WorkCalendar, date: string): [HalfDay, HalfDay] {
  const midday = parseTimeOfDay(cal.middayAt)
  const sessions = sessionsOf(cal, date)
  const cut = (lo: number, hi: number) => sessions.map((s) => ({ start: Math.max(s.start, lo), end: Math.min(s.end, hi) })).filter((s) => s.end > s.start)
  const morning = cut(0, midday)
  const afternoon = cut(midday, 24 * 60)
  return [
    { date, half: 'morning', segments: morning.length > 0 ? morning : [{ start: midday, end: midday }] },
    { date, half: 'afternoon', segments: afternoon.length > 0 ? afternoon : [{ start: midday, end: midday }] },
  ]
}

/** How far the calendar is searched for a working day: a calendar that closes every day for years is a configuration error, not a loop. */
const SEARCH_DAYS = 3660

/** The first working day on or after `date`. */
export function workingDayFrom(cal: WorkCalendar, date: string): string {
  let d = date
  for (let i = 0; i < SEARCH_DAYS; i++, d = addDays(d, 1)) if (isWorkingDay(cal, d)) return d
  throw new Error(`no working day within ${SEARCH_DAYS} days of ${date}: check the holiday calendar`)
}

/** The half-day after `h`. */
export function nextHalf(cal: WorkCalendar, h: HalfDay): HalfDay {
  if (h.half === 'morning') return halvesOf(cal, h.date)[1]
  return halvesOf(cal, workingDayFrom(cal, addDays(h.date, 1)))[0]
}

/** A local date and minute of the day of an instant. */
export function localMinute(cal: WorkCalendar, at: Date): { date: string; minute: number } {
  const p = localParts(at, cal.timeZone)
  return { date: `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`, minute: p.hour * 60 + p.minute + p.second / 60 }
}

/**
 * The half-day an instant is taken to happen in, by the half-day rule: in the morning (before
 * midday, including before the morning session opens) or the afternoon of a working day; after the
 * afternoon session ends, or on a day that is not a working day, the next working morning.
 */
export function halfAt(cal: WorkCalendar, at: Date): HalfDay {
  const { date, minute } = localMinute(cal, at)
  if (!isWorkingDay(cal, date)) return halvesOf(cal, workingDayFrom(cal, date))[0]
  const [morning, afternoon] = halvesOf(cal, date)
  const closing = afternoon.segments[afternoon.segments.length - 1]!.end
  if (minute < parseTimeOfDay(cal.middayAt)) return morning
  if (minute < closing) return afternoon
  return halvesOf(cal, workingDayFrom(cal, addDays(date, 1)))[0]
}

/** The instant a local minute of `date` happens. */
export function instantOf(cal: WorkCalendar, date: string, minute: number): Date {
  const whole = Math.floor(minute)
  const hhmm = `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`
  return new Date(localInstant(date, hhmm, cal.timeZone).getTime() + (minute - whole) * 60_000)
}

/** Where a half-day ends: the end of its last opening segment. */
export const halfEnd = (cal: WorkCalendar, h: HalfDay): Date => instantOf(cal, h.date, h.segments[h.segments.length - 1]!.end)

/** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(cal: WorkCalendar, from: string, to: string): number {
  let n = 0
  for (let d = addDays(from, 1); d <= to && n < SEARCH_DAYS; d = addDays(d, 1)) if (isWorkingDay(cal, d)) n++
  return n
}
