import { parseTimeOfDay, type ServiceBooking } from '@luot/shared'
import type { Config } from '../types.js'
import { sessionsOf } from './calendar.js'
import type { BookingSettings } from '@luot/shared'

const hhmm = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`

/**
 * The slots a service offers on `date`: each opening session cut into `slotMinutes` from its start,
 * a slot only when it ends inside the session, and none starting in the first
 * `walkInMinutesPerHour` minutes of a clock hour (kept for walk-ins). Capacity and the clock are applied by the caller.
 */
export function slotsOfDay(config: Config, b: BookingSettings, s: ServiceBooking, date: string): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = []
  for (const session of sessionsOf(config, b, date)) {
    const end = parseTimeOfDay(session.end)
    for (let m = parseTimeOfDay(session.start); m + s.slotMinutes <= end; m += s.slotMinutes) {
      if (m % 60 < s.walkInMinutesPerHour) continue
      out.push({ start: hhmm(m), end: hhmm(m + s.slotMinutes) })
    }
  }
  return out
}
