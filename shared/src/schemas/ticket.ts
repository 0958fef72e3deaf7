import Type, { type Static } from 'typebox'
import { Id, IsoTime, Lang, Reason } from './common.js'
import { BookingCode } from './booking.js'
import { DossierCode } from './dossier.js'

export const TicketStatus = Type.Union([
  Type.Literal('waiting'),
  Type.Literal('called'),
  Type.Literal('serving'),
  Type.Literal('done'),
  Type.Literal('no-show'),
  Type.Literal('transferred'),
  Type.Literal('cancelled'),
])
export type TicketStatus = Static<typeof TicketStatus>
export const FINAL_STATUSES: readonly TicketStatus[] = ['done', 'no-show', 'transferred', 'cancelled']

/** Where a ticket was taken: a kiosk, a clerk at a counter, or a phone (`/join/`, 'remote'). */
export const Channel = Type.Union([Type.Literal('kiosk'), Type.Literal('clerk'), Type.Literal('remote')])
export type Channel = Static<typeof Channel>

export const TicketAction = Type.Union([
  Type.Literal('issued'),
  Type.Literal('called'),
  Type.Literal('recalled'),
  Type.Literal('started'),
  Type.Literal('finished'),
  Type.Literal('skipped'),
  Type.Literal('transferred'),
  Type.Literal('cancelled'),
  Type.Literal('rated'),
  /** Back in the queue: its counter was closed under it (clerk deactivated, counter closed by a manager). */
  Type.Literal('requeued'),
  /** A remote ticket checked in at a kiosk or a counter. */
  Type.Literal('checked-in'),
])
export type TicketAction = Static<typeof TicketAction>

export const TicketStep = Type.Object({
  at: IsoTime,
  action: TicketAction,
  counterId: Type.Optional(Id),
  clerkId: Type.Optional(Id),
})
export type TicketStep = Static<typeof TicketStep>

export const Rating = Type.Object({
  value: Type.Integer({ minimum: 1, maximum: 10 }),
  reasonId: Type.Optional(Id),
  comment: Type.Optional(Type.String({ maxLength: 500 })),
  source: Type.Union([Type.Literal('phone'), Type.Literal('pad')]),
  at: IsoTime,
  /** When the reason or comment was added to the score recorded at `at`. */
  amendedAt: Type.Optional(IsoTime),
})
export type Rating = Static<typeof Rating>

/** The booking a ticket was issued for at check-in: its code and its slot's start (an instant, so ordering needs no time zone). */
export const TicketBooking = Type.Object({ code: BookingCode, slotStart: IsoTime }, { additionalProperties: false })
export type TicketBooking = Static<typeof TicketBooking>

/** A ticket as stored in the day file. Tickets carry no personal data. */
export const Ticket = Type.Object({
  id: Type.String(),
  /** As printed: "A025" or "1023". */
  number: Type.String(),
  /** Position in the service's daily sequence, from 1. */
  seq: Type.Integer({ minimum: 1 }),
  serviceId: Id,
  channel: Channel,
  priorityGroup: Type.Union([Id, Type.Null()]),
  lang: Lang,
  trackingCode: Type.String(),
  status: TicketStatus,
  /** The place in the queue; a transfer keeps it. */
  queuedAt: IsoTime,
  issuedAt: IsoTime,
  calledAt: Type.Optional(IsoTime),
  startedAt: Type.Optional(IsoTime),
  finishedAt: Type.Optional(IsoTime),
  recalls: Type.Integer({ minimum: 0 }),
  counterId: Type.Optional(Id),
  clerkId: Type.Optional(Id),
  /** Set by a transfer to a named counter: only that counter calls it. */
  targetCounterId: Type.Optional(Id),
  /** The ticket this one continues after a transfer. */
  transferredFromId: Type.Optional(Type.String()),
  outcome: Type.Optional(Id),
  cancelReason: Type.Optional(Reason),
  rating: Type.Optional(Rating),
  /** Issued at a booking's check-in: called from its slot's start, ahead of walk-ins (settings.booking.order). */
  booking: Type.Optional(TicketBooking),
  /** Issued at the kiosk's "Nhận kết quả" for this dossier's return visit. */
  dossierCode: Type.Optional(DossierCode),
  /** A remote ticket ('remote' channel) checked in at a kiosk or a counter; absent until then. */
  checkedInAt: Type.Optional(IsoTime),
  history: Type.Array(TicketStep),
})
export type Ticket = Static<typeof Ticket>

export const AuditEntry = Type.Object({
  at: IsoTime,
  action: Type.Union([Type.Literal('call-out-of-turn'), Type.Literal('skip'), Type.Literal('call-missed'), Type.Literal('transfer'), Type.Literal('cancel'), Type.Literal('close-counter')]),
  ticketId: Type.String(),
  number: Type.String(),
  counterId: Type.Optional(Id),
  clerkId: Type.Optional(Id),
  reason: Type.Optional(Type.String()),
  detail: Type.Optional(Type.String()),
})
export type AuditEntry = Static<typeof AuditEntry>

/** A rating a manager reads one by one: a low score, or any score with a comment. */
export const RatingNote = Type.Object({
  date: Type.String(),
  number: Type.String(),
  serviceId: Id,
  counterId: Type.Optional(Id),
  clerkId: Type.Optional(Id),
  value: Type.Integer(),
  reasonId: Type.Optional(Id),
  comment: Type.Optional(Type.String()),
  source: Type.Union([Type.Literal('phone'), Type.Literal('pad')]),
  at: IsoTime,
})
export type RatingNote = Static<typeof RatingNote>
