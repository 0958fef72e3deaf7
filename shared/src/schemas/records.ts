import Type, { type Static } from 'typebox'
import { Id, Lang, Reason } from './common.js'
import { DayState } from './day.js'
import { Channel, Rating } from './ticket.js'
import { IdempotencyKey } from './commands.js'
import { BookingCode } from './booking.js'
import { DossierCode } from './dossier.js'

/**
 * Journal records: the facts the domain decided, one per line of `days/<date>.jsonl` (or one row
 * per (centre, day, seq) in PostgreSQL). A record carries everything its replay needs (ids, numbers,
 * tracking codes, the counter's number, the time), so replay needs no clock, no random ids and no
 * configuration, and a later change of the rules never rewrites the past.
 *
 * `v` is the record format version. A release that changes a record adds a new version and keeps
 * reading the old ones; records are never rewritten. Every record is checked with these schemas
 * when it is read back.
 */
/** A record's time as `Date.toISOString()` writes it (UTC, milliseconds); a pattern checks a long journal far faster than a date-time format. */
export const RecordTime = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$' })

type Props = Record<string, Parameters<typeof Type.Object>[0][string]>
const fact = <T extends string, P extends Props>(type: T, props: P) =>
  Type.Object({ v: Type.Literal(1), type: Type.Literal(type), at: RecordTime, ...props }, { additionalProperties: false })
/** A record of format 2 (bookings and remote join): a release that reads only format 1 refuses it rather than misread it. */
const factV2 = <T extends string, P extends Props>(type: T, props: P) =>
  Type.Object({ v: Type.Literal(2), type: Type.Literal(type), at: RecordTime, ...props }, { additionalProperties: false })

const TicketId = Type.String({ minLength: 1, maxLength: 64 })
const AtCounter = { ticketId: TicketId, counterId: Id, clerkId: Id }

const issued = {
  ticketId: TicketId,
  number: Type.String({ minLength: 1, maxLength: 16 }),
  seq: Type.Integer({ minimum: 1 }),
  serviceId: Id,
  priorityGroup: Type.Union([Id, Type.Null()]),
  lang: Lang,
  trackingCode: Type.String({ minLength: 8, maxLength: 32 }),
  idempotencyKey: Type.Optional(IdempotencyKey),
}
/** A ticket taken at a kiosk or by a clerk: format 1, what every release reads. */
export const TicketIssuedRecord = fact('ticket-issued', { ...issued, channel: Type.Union([Type.Literal('kiosk'), Type.Literal('clerk')]) })
/**
 * Format 2, written only when a ticket needs it: a remote ticket ('remote' channel), or one issued at
 * a booking's check-in (`booking`: its code and its slot's start), or one issued for a dossier's
 * return visit (`dossierCode`). Every other ticket is still format 1, so a day without bookings or
 * dossiers stays readable by a release before them.
 */
export const TicketIssuedRecordV2 = factV2('ticket-issued', {
  ...issued,
  channel: Channel,
  booking: Type.Optional(Type.Object({ code: BookingCode, slotStart: RecordTime }, { additionalProperties: false })),
  dossierCode: Type.Optional(DossierCode),
})
/** A remote ticket checked in at a kiosk (`kioskId`) or by a clerk at a counter: from now it is callable when check-in is required. */
export const TicketCheckedInRecord = factV2('ticket-checked-in', { ticketId: TicketId, kioskId: Type.Optional(Id), counterId: Type.Optional(Id), clerkId: Type.Optional(Id) })
/** Called at a counter; `outOfTurnReason` when the clerk picked the ticket by hand (audited). */
export const TicketCalledRecord = fact('ticket-called', { ...AtCounter, counterNumber: Type.Integer({ minimum: 1 }), outOfTurnReason: Type.Optional(Reason) })
export const TicketRecalledRecord = fact('ticket-recalled', { ...AtCounter, counterNumber: Type.Integer({ minimum: 1 }) })
export const ServiceStartedRecord = fact('service-started', AtCounter)
/** `ratingToken` is the one-off token the counter's rating pad rates this visit with. */
export const ServiceFinishedRecord = fact('service-finished', { ...AtCounter, outcome: Id, ratingToken: Type.String({ minLength: 8, maxLength: 32 }) })
export const TicketSkippedRecord = fact('ticket-skipped', AtCounter)
/** A missed (no-show) ticket called back to a counter later the same day: the citizen came back (audited). */
export const MissedCalledRecord = fact('missed-called', { ...AtCounter, counterNumber: Type.Integer({ minimum: 1 }) })
/** The ticket ends as transferred; `newTicketId` continues it (same number and tracking code) at the target. */
export const TicketTransferredRecord = fact('ticket-transferred', { ...AtCounter, newTicketId: TicketId, toServiceId: Id, toCounterId: Type.Optional(Id) })
export const TicketCancelledRecord = fact('ticket-cancelled', { ...AtCounter, reason: Reason })
export const TicketRatedRecord = fact('ticket-rated', {
  ticketId: TicketId,
  value: Rating.properties.value,
  source: Rating.properties.source,
  reasonId: Type.Optional(Id),
  comment: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
})
/** A reason or comment added to a recorded rating (the score is stored at the tap, the reason follows). */
export const RatingAmendedRecord = fact('rating-amended', {
  ticketId: TicketId,
  reasonId: Type.Optional(Id),
  comment: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
})
/**
 * A rating given after its visit day closed (a phone opened at 23:59, a citizen who rates next
 * morning): one line of `late/<visit day>.jsonl`, the same facts as on the day, counted against it.
 */
export const LateRating = Type.Union([TicketRatedRecord, RatingAmendedRecord])
export type LateRating = Static<typeof LateRating>

export const CounterOpenedRecord = fact('counter-opened', { counterId: Id, clerkId: Id })
export const CounterPausedRecord = fact('counter-paused', { counterId: Id, clerkId: Id, reason: Reason })
export const CounterClosedRecord = fact('counter-closed', { counterId: Id, clerkId: Id })
/**
 * A manager or admin closed a counter `clerkId` held (or the account was deactivated or deleted);
 * `byId` did it, with `reason`. The ticket in hand, if any, went back to the queue at `queuedAt`
 * (the head of its service's queue, decided when the command ran).
 */
export const CounterReleasedRecord = fact('counter-released', { counterId: Id, clerkId: Id, byId: Id, reason: Reason, ticketId: Type.Optional(TicketId), queuedAt: Type.Optional(RecordTime) })
/** The day ended: what still waited or was in service is cancelled ("day-ended"); these counters close. Always the last record. */
export const DayClosedRecord = fact('day-closed', { counterIds: Type.Array(Id) })
/** The whole state of a day carried over from a release-0.1 day file; only ever the first record. */
export const DayMigratedRecord = fact('day-migrated', { state: DayState })

export const DayRecord = Type.Union([
  TicketIssuedRecord,
  TicketIssuedRecordV2,
  TicketCheckedInRecord,
  TicketCalledRecord,
  TicketRecalledRecord,
  ServiceStartedRecord,
  ServiceFinishedRecord,
  TicketSkippedRecord,
  MissedCalledRecord,
  TicketTransferredRecord,
  TicketCancelledRecord,
  TicketRatedRecord,
  RatingAmendedRecord,
  CounterOpenedRecord,
  CounterPausedRecord,
  CounterClosedRecord,
  CounterReleasedRecord,
  DayClosedRecord,
  DayMigratedRecord,
])
export type DayRecord = Static<typeof DayRecord>
export type DayRecordType = DayRecord['type']
/** The record of one type, e.g. `RecordOf<'ticket-called'>`. */
export type RecordOf<T extends DayRecordType> = Extract<DayRecord, { type: T }>
