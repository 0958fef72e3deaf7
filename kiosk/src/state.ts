import type { Lang, PublicDossier, PublicSnapshot, ServiceChange, ServiceView } from '@luot/shared'
import { mergeServices } from '@luot/shared/merge-change'
import { clockOffset } from '@luot/shared/client/server-clock'
import { checkInReducer, initialCheckIn, type CheckInAction, type CheckInState } from './checkin/checkin-state.js'
import type { KioskTicket, TakeOutcome } from './take-ticket.js'

export type Screen = 'start' | 'priority' | 'checkin' | 'collect' | 'ticket' | 'idle'
export type Refusal = 'CENTRE_CLOSED' | 'DAILY_CAP_REACHED' | 'SERVICE_INACTIVE' | 'NO_ANSWER' | 'OTHER'

/** Everything the kiosk renders. Queue figures come only from the server's snapshot and events. */
export interface KioskState {
  snapshot: PublicSnapshot | null
  /** Server clock minus ours, so the clock on screen is the centre's. */
  clockOffsetMs: number
  connected: boolean
  lang: Lang
  screen: Screen
  priorityGroup: string | null
  /** The service whose ticket is being issued: its button shows it and every button is disabled. */
  busyServiceId: string | null
  ticket: KioskTicket | null
  refusal: Refusal | null
  /** "I have a booking": the code being typed or checked in. */
  checkIn: CheckInState
  /** The centre takes bookings, so the start screen offers "I have a booking". */
  bookingOn: boolean
  /** "Nhận kết quả": the dossier asked for whose result is not ready (no ticket is issued). The code typed is in `checkIn`. */
  notReady: PublicDossier | null
}

export type KioskAction =
  | { type: 'snapshot'; snapshot: PublicSnapshot; receivedAt: number }
  | { type: 'services'; services: ServiceChange[] }
  | { type: 'connection'; connected: boolean }
  | { type: 'toggle-lang' }
  | { type: 'priority-open' }
  | { type: 'priority-pick'; group: string | null }
  | { type: 'take-start'; serviceId: string }
  | { type: 'take-done'; outcome: TakeOutcome }
  | { type: 'dismiss-refusal' }
  | { type: 'booking-on'; on: boolean }
  | { type: 'checkin-open' }
  | { type: 'checkin'; action: CheckInAction }
  | { type: 'checkin-done'; ticket: KioskTicket }
  | { type: 'collect-open' }
  | { type: 'not-ready'; dossier: PublicDossier }
  | { type: 'finish' }
  | { type: 'idle' }
  | { type: 'wake' }

export const initialKioskState: KioskState = {
  snapshot: null,
  clockOffsetMs: 0,
  connected: false,
  lang: 'vi',
  screen: 'start',
  priorityGroup: null,
  busyServiceId: null,
  ticket: null,
  refusal: null,
  checkIn: initialCheckIn,
  bookingOn: false,
  notReady: null,
}

const REFUSALS: readonly string[] = ['CENTRE_CLOSED', 'DAILY_CAP_REACHED', 'SERVICE_INACTIVE', 'NO_ANSWER']
const refusalOf = (code: string): Refusal => (REFUSALS.includes(code) ? (code as Refusal) : 'OTHER')

/** Back to a fresh start screen for the next citizen: Vietnamese, not priority. */
const fresh = (s: KioskState, screen: Screen): KioskState => ({ ...s, screen, lang: 'vi', priorityGroup: null, ticket: null, refusal: null, checkIn: initialCheckIn, notReady: null })

export function kioskReducer(s: KioskState, a: KioskAction): KioskState {
  switch (a.type) {
    case 'snapshot': {
      const groups = a.snapshot.settings.priorityGroups
      const priorityGroup = groups.some((g) => g.id === s.priorityGroup) ? s.priorityGroup : null
      return { ...s, snapshot: a.snapshot, clockOffsetMs: clockOffset(a.snapshot.serverTime, a.receivedAt), priorityGroup }
    }
    case 'services':
      return s.snapshot ? { ...s, snapshot: { ...s.snapshot, services: mergeServices(s.snapshot.services, a.services) } } : s
    case 'connection':
      return { ...s, connected: a.connected }
    case 'toggle-lang':
      return { ...s, lang: s.lang === 'vi' ? 'en' : 'vi' }
    case 'priority-open':
      return { ...s, screen: 'priority' }
    case 'priority-pick':
      return { ...s, screen: 'start', priorityGroup: a.group }
    case 'take-start':
      return { ...s, busyServiceId: a.serviceId, refusal: null }
    case 'take-done':
      if (a.outcome.ok) return { ...s, busyServiceId: null, screen: 'ticket', ticket: a.outcome.ticket, checkIn: initialCheckIn }
      return { ...s, busyServiceId: null, refusal: refusalOf(a.outcome.error.code) }
    case 'dismiss-refusal':
      return { ...s, refusal: null }
    case 'booking-on':
      return { ...s, bookingOn: a.on }
    case 'checkin-open':
      return { ...s, screen: 'checkin', checkIn: initialCheckIn, refusal: null }
    case 'checkin':
      // typing again clears the last "not ready" answer
      return { ...s, checkIn: checkInReducer(s.checkIn, a.action), notReady: a.action.type === 'failed' ? s.notReady : null }
    case 'checkin-done':
      return { ...s, screen: 'ticket', ticket: a.ticket, checkIn: initialCheckIn, notReady: null }
    case 'collect-open':
      return { ...s, screen: 'collect', checkIn: initialCheckIn, notReady: null, refusal: null }
    case 'not-ready':
      return { ...s, checkIn: { ...s.checkIn, busy: false }, notReady: a.dossier }
    case 'finish':
      return fresh(s, 'start')
    case 'idle':
      return s.screen === 'ticket' || s.busyServiceId || s.checkIn.busy ? s : fresh(s, 'idle')
    case 'wake':
      return { ...s, screen: 'start' }
  }
}

/** Services a citizen may pick: active ones that some counter serves (else nobody could call the ticket), in the configured order. */
export const activeServices = (snapshot: PublicSnapshot): ServiceView[] => snapshot.services.filter((x) => x.active && x.counterNumbers.length > 0)
