import type { PublicBooking } from '@luot/shared'
import type { CitizenError } from '../citizen/error-text.js'

export type BookStep = 'service' | 'day' | 'slot' | 'details' | 'done'

/** The booking wizard: one choice per step, then the confirmation. */
export interface BookState {
  step: BookStep
  serviceId: string | null
  date: string | null
  slotStart: string | null
  /** The Idempotency-Key of the booking being sent: kept after no answer, so a retry books once. */
  key: string | null
  busy: boolean
  booking: PublicBooking | null
  error: CitizenError | null
}

export type BookAction =
  | { type: 'pick-service'; serviceId: string }
  | { type: 'pick-day'; date: string }
  | { type: 'pick-slot'; slotStart: string }
  | { type: 'back' }
  | { type: 'submit'; newKey: string }
  | { type: 'booked'; booking: PublicBooking }
  | { type: 'refused'; error: CitizenError }
  | { type: 'restart' }

export const initialBookState: BookState = { step: 'service', serviceId: null, date: null, slotStart: null, key: null, busy: false, booking: null, error: null }

const PREVIOUS: Record<BookStep, BookStep> = { service: 'service', day: 'service', slot: 'day', details: 'slot', done: 'done' }

export function bookReducer(s: BookState, a: BookAction): BookState {
  switch (a.type) {
    case 'pick-service':
      return { ...s, step: 'day', serviceId: a.serviceId, date: null, slotStart: null, key: null, error: null }
    case 'pick-day':
      return { ...s, step: 'slot', date: a.date, slotStart: null, key: null, error: null }
    case 'pick-slot':
      return { ...s, step: 'details', slotStart: a.slotStart, key: null, error: null }
    case 'back':
      return s.busy ? s : { ...s, step: PREVIOUS[s.step], key: null, error: null }
    case 'submit':
      return s.busy ? s : { ...s, busy: true, key: s.key ?? a.newKey, error: null }
    case 'booked':
      return { ...s, step: 'done', busy: false, key: null, booking: a.booking, error: null }
    case 'refused': {
      // No answer: the booking may exist; the retry reuses the key. A refusal is final for this key.
      const key = a.error.code === 'NO_ANSWER' ? s.key : null
      if (a.error.code === 'SLOT_FULL' || a.error.code === 'SLOT_UNAVAILABLE') return { ...s, busy: false, key, step: 'slot', slotStart: null, error: a.error }
      if (a.error.code === 'DAY_NOT_BOOKABLE') return { ...s, busy: false, key, step: 'day', date: null, slotStart: null, error: a.error }
      return { ...s, busy: false, key, error: a.error }
    }
    case 'restart':
      return initialBookState
  }
}
