import type { Ack } from './errors.js'
import type { CounterCommand, RateBody, TakeTicketBody } from './schemas/commands.js'
import type {
  CallView,
  CounterView,
  IssuedTicket,
  PublicSnapshot,
  ServiceView,
  StaffSnapshot,
  TrackedTicket,
  WaitingTicketView,
  MissedTicketView,
  ClerkToday,
} from './schemas/views.js'

/** Room names: one per role, one per counter, one per tracked ticket. */
export const ROOMS = {
  public: 'role:public',
  clerk: 'role:clerk',
  manager: 'role:manager',
  admin: 'role:admin',
  counter: (counterId: string) => `counter:${counterId}`,
  track: (trackingCode: string) => `track:${trackingCode}`,
} as const

/** A finished ticket, sent to the rating pad of its counter. */
export interface RatingRequest {
  counterId: string
  counterNumber: number
  number: string
  /** A one-off token the pad sends back with the rating: it rates this ticket only. */
  ratingToken: string
  clerkName?: string
  finishedAt: string
}

export interface Alert {
  kind: 'printer' | 'wait-target'
  at: string
  message: string
  messageEn: string
}

export interface ServerToClientEvents {
  /** Sent on every (re)connect and after configuration changes: replace all state. */
  'queue:snapshot': (snapshot: PublicSnapshot | StaffSnapshot) => void
  'ticket:called': (call: CallView) => void
  'counter:updated': (counter: CounterView) => void
  'services:updated': (services: ServiceView[]) => void
  /** Staff only: the waiting list changed. */
  'waiting:updated': (waiting: WaitingTicketView[]) => void
  /** Staff only: today's missed tickets that can still be called back changed. */
  'missed:updated': (missed: MissedTicketView[]) => void
  /** Staff only: today's per-clerk figures changed. */
  'clerks:updated': (clerks: ClerkToday[]) => void
  /** Tracking room only: this ticket changed. */
  'ticket:updated': (ticket: TrackedTicket) => void
  /** Rating-pad room of a counter: a ticket there just finished. */
  'rating:requested': (request: RatingRequest) => void
  'rating:recorded': (info: { counterId: string; number: string }) => void
  /** Manager room: something needs attention. */
  alert: (alert: Alert) => void
}

export interface PadRateBody extends RateBody {
  ratingToken: string
}

export interface ClientToServerEvents {
  'snapshot:get': (ack: (res: Ack<PublicSnapshot | StaffSnapshot>) => void) => void
  'ticket:take': (body: TakeTicketBody & { idempotencyKey: string }, ack: (res: Ack<IssuedTicket>) => void) => void
  'ticket:track': (body: { trackingCode: string }, ack: (res: Ack<TrackedTicket>) => void) => void
  'ticket:rate': (body: RateBody & { trackingCode: string }, ack: (res: Ack<TrackedTicket>) => void) => void
  'pad:join': (body: { counterId: string; key: string }, ack: (res: Ack<{ counterId: string }>) => void) => void
  'pad:rate': (body: PadRateBody, ack: (res: Ack<{ number: string }>) => void) => void
  'counter:command': (body: { counterId: string; command: CounterCommand }, ack: (res: Ack<CounterView>) => void) => void
}
