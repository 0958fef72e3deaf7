import type { CallView, Centre, Counter, CounterRuntime, DayRecord, DayState, DayTicket, PublicUser, Service, Settings, Ticket } from '@luot/shared'

/** A user as stored: the hash stays on the server. */
export interface StoredUser extends PublicUser {
  /** "scrypt$N$r$p$salt$hash" (base64url parts). */
  passwordHash: string
  /** Bumped on password reset: older sessions stop working. */
  tokenVersion: number
}

/** Everything an admin configures; one file on disk. */
export interface Config {
  version: 1
  centre: Centre
  services: Service[]
  counters: Counter[]
  users: StoredUser[]
  settings: Settings
}

/** The runtime of a counter, a ticket as the server keeps it, one day of the queue: schemas in shared/. */
export type { CounterRuntime, DayTicket, DayState }

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

/**
 * What a command decided: the records to append to the day's journal (empty when nothing changed),
 * the state after them (the fold of `records` over the state before) and their events.
 */
export interface Result<T = undefined> {
  state: DayState
  events: DomainEvent[]
  records: DayRecord[]
  value: T
}

export type { Service, Counter, Ticket }
