import type { Ack } from './errors.js'
import type { CounterCommandEnvelope } from './schemas/commands.js'
import type { Alert, PadJoinBody, PadRateBody, RateTicketCommand, RatingRecorded, RatingRequest, TakeTicketCommand, TrackBody } from './schemas/events.js'
import type { QueueChange } from './schemas/queue-change.js'
import type { BookingsChanged } from './schemas/booking.js'
import type { DossiersChanged } from './schemas/dossier.js'
import type { ScreenSeenBody } from './schemas/screens.js'
import type { CounterView, IssuedTicket, PublicSnapshot, StaffSnapshot, TrackedTicket } from './schemas/views.js'

/**
 * How every app connects: WebSocket only, no long-polling. With several server processes behind a
 * proxy, each polling request could land on a process that does not know the session; one
 * WebSocket stays on one process, so no sticky sessions are needed.
 */
export const SOCKET_TRANSPORTS: ['websocket'] = ['websocket']

/** Room names: one per role, one per counter, one per tracked ticket. */
export const ROOMS = {
  public: 'role:public',
  clerk: 'role:clerk',
  manager: 'role:manager',
  admin: 'role:admin',
  counter: (counterId: string) => `counter:${counterId}`,
  track: (trackingCode: string) => `track:${trackingCode}`,
} as const

export interface ServerToClientEvents {
  /** Sent on every (re)connect and after configuration changes: replace all state. */
  'queue:snapshot': (snapshot: PublicSnapshot | StaffSnapshot) => void
  /** After each durable change (one group commit): calls, changed counters, services; staff also get the waiting list and clerks. */
  'queue:changed': (change: QueueChange) => void
  /** Tracking room only: this ticket changed. */
  'ticket:updated': (ticket: TrackedTicket) => void
  /** Rating-pad room of a counter: a ticket there just finished. */
  'rating:requested': (request: RatingRequest) => void
  'rating:recorded': (info: RatingRecorded) => void
  /** The session behind this socket ended (logout, deactivation, password reset, deletion): it left every staff room. */
  'session:ended': () => void
  /** Manager room: something needs attention. */
  alert: (alert: Alert) => void
  /** Staff rooms: a booking was made, cancelled, moved or checked in (the console's bookings panel). */
  'bookings:changed': (change: BookingsChanged) => void
  /** Staff rooms: a dossier was received, refused, moved, apologised for or returned (the console's dossier list). */
  'dossiers:changed': (change: DossiersChanged) => void
}

export interface ClientToServerEvents {
  'snapshot:get': (ack: (res: Ack<PublicSnapshot | StaffSnapshot>) => void) => void
  'ticket:take': (body: TakeTicketCommand, ack: (res: Ack<IssuedTicket>) => void) => void
  'ticket:track': (body: TrackBody, ack: (res: Ack<TrackedTicket>) => void) => void
  'ticket:rate': (body: RateTicketCommand, ack: (res: Ack<TrackedTicket>) => void) => void
  'pad:join': (body: PadJoinBody, ack: (res: Ack<{ counterId: string }>) => void) => void
  'pad:rate': (body: PadRateBody, ack: (res: Ack<{ number: string }>) => void) => void
  'counter:command': (body: CounterCommandEnvelope, ack: (res: Ack<CounterView>) => void) => void
  /** Every minute from an identified screen: it is alive, and this is its clock (no answer). */
  'screen:seen': (body: ScreenSeenBody) => void
}
