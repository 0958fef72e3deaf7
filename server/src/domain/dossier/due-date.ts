import type { ProcessingTime } from '@luot/shared'
import { halfAt, halfEnd, instantOf, nextHalf, type Half, type HalfDay, type WorkCalendar } from './working-time.js'

/** When a dossier's result is due: the instant (end of the due half, or the last working minute for hour-based times), its local day and half. */
export interface Due {
  dueAt: string
  dueDate: string
  dueHalf: Half
}

/** How far a count may run: 1000 working days is the schema's maximum, two halves each, with room. */
const MAX_STEPS = 5000

const order = (date: string, half: Half): string => `${date} ${half === 'morning' ? 0 : 1}`

/** `halves` half-days from `first` (counted as the first): due at the end of the last one. */
function countHalves(cal: WorkCalendar, first: HalfDay, halves: number): Due {
  let h = first
  for (let i = 1; i < halves && i < MAX_STEPS; i++) h = nextHalf(cal, h)
  return { dueAt: halfEnd(cal, h).toISOString(), dueDate: h.date, dueHalf: h.half }
}

/** `minutes` of opening time from the start of `first`: due the moment they run out. */
function countMinutes(cal: WorkCalendar, first: HalfDay, minutes: number): Due {
  let h = first
  let left = minutes
  for (let i = 0; i < MAX_STEPS; i++, h = nextHalf(cal, h)) {
    for (const s of h.segments) {
      const length = s.end - s.start
      if (length <= 0) continue
      if (left <= length) return { dueAt: instantOf(cal, h.date, s.start + left).toISOString(), dueDate: h.date, dueHalf: h.half }
      left -= length
    }
  }
  throw new Error('a working-hours count ran past its bound: check the opening hours')
}

/** Units a processing time counts: half-days for working days, minutes for working hours. */
export const unitsOf = (p: ProcessingTime): number => (p.unit === 'working-days' ? Math.round(p.amount * 2) : Math.round(p.amount * 60))

/** Counts `units` (half-days or minutes, by `p.unit`) from the half-day after the one `from` falls in (the half-day rule). */
export function dueAfter(cal: WorkCalendar, p: ProcessingTime, from: Date, units = unitsOf(p)): Due {
  const first = nextHalf(cal, halfAt(cal, from))
  return p.unit === 'working-days' ? countHalves(cal, first, units) : countMinutes(cal, first, units)
}

/** The due date of a dossier received at `receivedAt` (see the rule in shared/src/schemas/dossier.ts). */
export const dueOnReceipt = (cal: WorkCalendar, p: ProcessingTime, receivedAt: Date): Due => dueAfter(cal, p, receivedAt)

/**
 * What is still owed when the clock pauses at `at` (additional documents requested): for working
 * days, the half-days after the one `at` falls in, up to and including the due half; for working
 * hours, the opening minutes between `at` and the due instant. 0 when already past due.
 */
export function owedAt(cal: WorkCalendar, p: ProcessingTime, due: Due, at: Date): number {
  if (p.unit === 'working-days') {
    const last = order(due.dueDate, due.dueHalf)
    let n = 0
    for (let h = nextHalf(cal, halfAt(cal, at)); order(h.date, h.half) <= last && n < MAX_STEPS; h = nextHalf(cal, h)) n++
    return n
  }
  const from = at.getTime()
  const to = new Date(due.dueAt).getTime()
  let minutes = 0
  for (let h = halfAt(cal, at), i = 0; i < MAX_STEPS; h = nextHalf(cal, h), i++) {
    if (instantOf(cal, h.date, h.segments[0]!.start).getTime() >= to) break
    for (const s of h.segments) {
      const a = Math.max(from, instantOf(cal, h.date, s.start).getTime())
      const b = Math.min(to, instantOf(cal, h.date, s.end).getTime())
      if (b > a) minutes += (b - a) / 60_000
    }
  }
  return Math.round(minutes)
}

/**
 * The due date when the clock resumes at `at` (documents supplied): the owed units counted again
 * with the half-day rule from `at`. Nothing owed (paused when already late): the old due date stands.
 */
export function dueOnResume(cal: WorkCalendar, p: ProcessingTime, owed: number, at: Date, before: Due): Due {
  return owed > 0 ? dueAfter(cal, p, at, owed) : before
}
