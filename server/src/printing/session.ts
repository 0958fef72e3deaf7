import { COMMON_STRINGS, localParts } from '@luot/shared'

export type Session = 'Sáng' | 'Chiều'

/** "Sáng" before 12:00 local time in the centre's zone, "Chiều" from 12:00 on. */
export function ticketSession(issuedAt: Date, timeZone: string): Session {
  return localParts(issuedAt, timeZone).hour < 12 ? COMMON_STRINGS.morning.vi : COMMON_STRINGS.afternoon.vi
}
