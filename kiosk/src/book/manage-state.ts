import type { PublicBooking } from '@luot/shared'
import type { CitizenError } from '../citizen/error-text.js'

export type ManageMode = 'view' | 'confirm-cancel' | 'move-day' | 'move-slot'

/** "My booking": look it up by code, then cancel it or move it to another slot. */
export interface ManageState {
  booking: PublicBooking | null
  mode: ManageMode
  /** The new day while moving. */
  moveDate: string | null
  busy: boolean
  error: CitizenError | null
  notice: 'cancelled' | 'moved' | null
}

export type ManageAction =
  | { type: 'start' }
  | { type: 'loaded'; booking: PublicBooking; notice?: 'cancelled' | 'moved' }
  | { type: 'failed'; error: CitizenError }
  | { type: 'ask-cancel' }
  | { type: 'move' }
  | { type: 'move-day'; date: string }
  | { type: 'keep' }

export const initialManageState: ManageState = { booking: null, mode: 'view', moveDate: null, busy: false, error: null, notice: null }

export function manageReducer(s: ManageState, a: ManageAction): ManageState {
  switch (a.type) {
    case 'start':
      return { ...s, busy: true, error: null, notice: null }
    case 'loaded':
      return { ...s, busy: false, booking: a.booking, mode: 'view', moveDate: null, error: null, notice: a.notice ?? null }
    case 'failed': {
      // The slot filled meanwhile: pick another on the same day. A closed day: pick another day. Else back to the booking.
      const mode: ManageMode = a.error.code === 'SLOT_FULL' && s.mode === 'move-slot' ? 'move-slot' : a.error.code === 'DAY_NOT_BOOKABLE' && s.mode === 'move-slot' ? 'move-day' : s.mode === 'confirm-cancel' ? 'view' : s.mode
      return { ...s, busy: false, error: a.error, mode, booking: a.error.code === 'BOOKING_NOT_FOUND' ? null : s.booking }
    }
    case 'ask-cancel':
      return s.booking?.status === 'booked' ? { ...s, mode: 'confirm-cancel', error: null, notice: null } : s
    case 'move':
      return s.booking?.status === 'booked' ? { ...s, mode: 'move-day', moveDate: null, error: null, notice: null } : s
    case 'move-day':
      return { ...s, mode: 'move-slot', moveDate: a.date, error: null }
    case 'keep':
      return { ...s, mode: 'view', moveDate: null, error: null }
  }
}
