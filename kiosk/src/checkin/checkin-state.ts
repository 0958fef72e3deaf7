import { CODE_LENGTH, normalizeCode } from '../booking-code.js'

/** The kiosk's "I have a booking" screen: the code typed so far, the check-in in flight, and why it failed. */
export interface CheckInState {
  typed: string
  busy: boolean
  /** The refusal code (BOOKING_LATE, BOOKING_NOT_FOUND …) or NO_ANSWER. */
  error: string | null
  /** For BOOKING_LATE: the booked service, so the citizen can take a walk-in ticket for it at one touch. */
  lateServiceId: string | null
  /** A remote ticket (taken at /join/) just checked in by its tracking QR: its number. */
  remoteDone: string | null
}

export type CheckInAction =
  | { type: 'key'; key: string }
  | { type: 'backspace' }
  | { type: 'clear' }
  | { type: 'start'; code: string }
  | { type: 'failed'; code: string }
  | { type: 'late-service'; serviceId: string }
  | { type: 'remote-done'; number: string }

export const initialCheckIn: CheckInState = { typed: '', busy: false, error: null, lateServiceId: null, remoteDone: null }

export function checkInReducer(s: CheckInState, a: CheckInAction): CheckInState {
  if (s.busy && a.type !== 'failed' && a.type !== 'late-service' && a.type !== 'remote-done') return s
  switch (a.type) {
    case 'key': {
      const typed = (s.typed + normalizeCode(a.key)).slice(0, CODE_LENGTH)
      return { ...s, typed, error: null, lateServiceId: null, remoteDone: null }
    }
    case 'backspace':
      return { ...s, typed: s.typed.slice(0, -1), error: null, lateServiceId: null, remoteDone: null }
    case 'clear':
      return initialCheckIn
    case 'start':
      // A scanned code replaces what was typed, so the citizen sees which code is being checked in.
      return { ...s, typed: a.code, busy: true, error: null, lateServiceId: null, remoteDone: null }
    case 'failed':
      return { ...s, busy: false, error: a.code }
    case 'remote-done':
      return { ...initialCheckIn, remoteDone: a.number }
    case 'late-service':
      return s.error === 'BOOKING_LATE' ? { ...s, lateServiceId: a.serviceId } : s
  }
}
