import type { AuditEntry, CallView, ConfigFile, Counter, CounterState, PublicUser, Service, StoredUser as StoredUserSchema, Ticket } from '@luot/shared'

/** A user as stored (the hash stays on the server); the schema in shared/ checks config.json. */
export type StoredUser = StoredUserSchema

/** Everything an admin configures; one file on disk (config.json), checked against `ConfigFile`. */
export type Config = ConfigFile

export interface CounterRuntime {
  state: CounterState
  pauseReason?: string
  clerkId?: string
  currentTicketId?: string
  /** For the interleave policy: normal tickets called since the last priority one. */
  normalsSincePriority: number
}

/** A stored ticket plus the server-only token a rating pad uses. */
export interface DayTicket extends Ticket {
  ratingToken?: string
}

/** One day of the queue; one file on disk, immutable once closed. */
export interface DayState {
  version: 1
  date: string
  closed: boolean
  closedAt?: string
  /** serviceId → last sequence number issued today. */
  seq: Record<string, number>
  tickets: DayTicket[]
  counters: Record<string, CounterRuntime>
  audit: AuditEntry[]
  /** Idempotency-Key → ticket id: a retried take returns the same ticket. */
  idempotency: Record<string, string>
  recentCalls: CallView[]
}

/** What a command needs from the outside world: time and fresh ids, injected. */
export interface Ctx {
  now: Date
  newId: () => string
  newTrackingCode: () => string
}

/** The acting staff member. */
export interface Actor {
  id: string
  role: PublicUser['role']
}

export type DomainEvent =
  | { type: 'ticket-issued'; ticket: DayTicket }
  | { type: 'ticket-called'; ticket: DayTicket; call: CallView }
  | { type: 'ticket-changed'; ticket: DayTicket }
  | { type: 'ticket-finished'; ticket: DayTicket }
  | { type: 'ticket-rated'; ticket: DayTicket }
  | { type: 'counter-changed'; counterId: string }

export interface Result<T = undefined> {
  state: DayState
  events: DomainEvent[]
  value: T
}

export type { Service, Counter, Ticket }
