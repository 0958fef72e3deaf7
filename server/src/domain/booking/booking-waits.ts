import { addDuration, emptyHistogram, mergeHistogram, type Histogram } from '../histogram.js'
import type { DayTicket } from '../types.js'

interface Waits {
  bookedWait?: Histogram
  bookedDelay?: Histogram
  walkInWait?: Histogram
}

const seconds = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 1000

/**
 * Adds a called ticket's wait to the booked or the walk-in figures. A booked citizen waits from the
 * later of check-in and the slot's start (arriving early is not waiting for us); its delay is from
 * the slot's start to the call. A transfer's continuation is the same visit: counted once, at its first call.
 */
export function addBookingWaits(b: Waits, t: DayTicket): void {
  if (!t.calledAt || t.transferredFromId !== undefined) return
  if (t.booking) {
    const from = t.booking.slotStart > t.issuedAt ? t.booking.slotStart : t.issuedAt
    addDuration((b.bookedWait ??= emptyHistogram()), seconds(from, t.calledAt))
    addDuration((b.bookedDelay ??= emptyHistogram()), seconds(t.booking.slotStart, t.calledAt))
  } else addDuration((b.walkInWait ??= emptyHistogram()), seconds(t.issuedAt, t.calledAt))
}

export function mergeBookingWaits(into: Waits, from: Waits): void {
  for (const k of ['bookedWait', 'bookedDelay', 'walkInWait'] as const) {
    const h = from[k]
    if (h) mergeHistogram((into[k] ??= emptyHistogram()), h)
  }
}
