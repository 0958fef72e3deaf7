import { localParts, parseTimeOfDay, type Centre } from '@luot/shared'

/** True when tickets may be issued now: always when enforcement is off, else inside a session. */
export function isIssuing(centre: Centre, now: Date): boolean {
  if (!centre.openingHours.enforce) return true
  const p = localParts(now, centre.timeZone)
  const minute = p.hour * 60 + p.minute
  const sessions = centre.openingHours.weekdays[p.weekday] ?? []
  return sessions.some((s) => parseTimeOfDay(s.start) <= minute && minute < parseTimeOfDay(s.end))
}

/** "Sáng" before local noon, "Chiều" after: printed on the ticket. */
export function sessionOf(now: Date, timeZone: string): 'morning' | 'afternoon' {
  return localParts(now, timeZone).hour < 12 ? 'morning' : 'afternoon'
}
