import Type, { type Static } from 'typebox'
import { DayKey, Id, IsoTime } from './common.js'
import { AuditEntry, Ticket } from './ticket.js'
import { CallView, CounterState } from './views.js'

/** A ticket as the server keeps it: the public ticket plus the secrets that never leave the server. */
export const DayTicket = Type.Object({
  ...Ticket.properties,
  /** One-off token the rating pad at the counter rates with; spent by the rating. */
  ratingToken: Type.Optional(Type.String()),
  /** The kiosk's Idempotency-Key: a retried take returns this ticket. */
  idempotencyKey: Type.Optional(Type.String()),
})
export type DayTicket = Static<typeof DayTicket>

export const CounterRuntime = Type.Object({
  state: CounterState,
  pauseReason: Type.Optional(Type.String()),
  clerkId: Type.Optional(Id),
  currentTicketId: Type.Optional(Type.String()),
  /** For the interleave policy: normal tickets called since the last priority one. */
  normalsSincePriority: Type.Integer({ minimum: 0 }),
})
export type CounterRuntime = Static<typeof CounterRuntime>

/**
 * One day of the queue: the fold of the day's journal records (server/src/domain/fold.ts). Stored
 * whole only as the snapshot of a closed day and inside a migrated day's first record.
 */
export const DayState = Type.Object({
  version: Type.Literal(2),
  date: DayKey,
  closed: Type.Boolean(),
  closedAt: Type.Optional(IsoTime),
  /** serviceId → last sequence number issued today. */
  seq: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
  tickets: Type.Array(DayTicket),
  counters: Type.Record(Type.String(), CounterRuntime),
  audit: Type.Array(AuditEntry),
  recentCalls: Type.Array(CallView),
})
export type DayState = Static<typeof DayState>

/** A day file of release 0.1 (`days/<date>.json`, rewritten whole on every command): read once, to migrate it. */
export const LegacyDayState = Type.Object({
  ...DayState.properties,
  version: Type.Literal(1),
  tickets: Type.Array(Type.Object({ ...Ticket.properties, ratingToken: Type.Optional(Type.String()) })),
  /** Idempotency-Key → ticket id. */
  idempotency: Type.Record(Type.String(), Type.String()),
})
export type LegacyDayState = Static<typeof LegacyDayState>
