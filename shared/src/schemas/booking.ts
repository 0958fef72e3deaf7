import Type, { type Static } from 'typebox'
import { DayKey, Id, IsoTime, Lang, LocalizedName, TimeOfDay } from './common.js'
import { Durations } from './stats.js'

/**
 * Bookings and remote join: the contract between the server and the apps (`/book/`, `/join/`, the kiosk's
 * "I have a booking", the console's bookings panel). Names and phone numbers are personal data: they appear
 * only in the staff view (`StaffBooking`), never in `PublicBooking`, boards, the widget or default exports.
 */

/** 15 characters of Crockford base32 (75 random bits, as unguessable as a tracking code), shown as XXXXX-XXXXX-XXXXX. */
export const BookingCode = Type.String({ pattern: '^[0-9A-HJKMNP-TV-Z]{15}$' })
export type BookingCode = Static<typeof BookingCode>

export const BookingStatus = Type.Union([
  Type.Literal('booked'),
  Type.Literal('cancelled'),
  Type.Literal('checked-in'),
  /** Not checked in by the slot's start plus the grace period. */
  Type.Literal('no-show'),
])
export type BookingStatus = Static<typeof BookingStatus>

/** A public holiday (no bookings, no opening) or a make-up working day (open although a weekend). */
export const CalendarDay = Type.Object(
  { date: DayKey, kind: Type.Union([Type.Literal('holiday'), Type.Literal('working-day')]), name: LocalizedName },
  { additionalProperties: false },
)
export type CalendarDay = Static<typeof CalendarDay>

/** Per service: how it is booked and joined from the phone. */
export const ServiceBooking = Type.Object(
  {
    serviceId: Id,
    bookable: Type.Boolean(),
    slotMinutes: Type.Union([Type.Literal(10), Type.Literal(15), Type.Literal(20), Type.Literal(30), Type.Literal(60)]),
    placesPerSlot: Type.Integer({ minimum: 0, maximum: 100 }),
    /** Minutes of each opening hour kept for walk-ins: slots starting in them are not offered. */
    walkInMinutesPerHour: Type.Integer({ minimum: 0, maximum: 60 }),
    remoteJoin: Type.Boolean(),
    /** Remote tickets per day for this service; 0 means none. */
    remoteDailyCap: Type.Integer({ minimum: 0, maximum: 10_000 }),
  },
  { additionalProperties: false },
)
export type ServiceBooking = Static<typeof ServiceBooking>

export const BookingSettings = Type.Object(
  {
    enabled: Type.Boolean(),
    horizonDays: Type.Integer({ minimum: 1, maximum: 90 }),
    /** After the slot's start: later arrivals are refused (offered a walk-in ticket) and the booking becomes a no-show. */
    graceMinutes: Type.Integer({ minimum: 0, maximum: 120 }),
    maxActivePerPhone: Type.Integer({ minimum: 1, maximum: 20 }),
    /** Days after the booked day when name and phone are erased. */
    retentionDays: Type.Integer({ minimum: 1, maximum: 365 }),
    /** 'ahead': a checked-in booking is called at or after its slot, before walk-ins of its service. 'with-walk-ins': by queue time. */
    order: Type.Union([Type.Literal('ahead'), Type.Literal('with-walk-ins')]),
    /** Remote tickets are callable only after check-in at the kiosk. */
    remoteCheckInRequired: Type.Boolean(),
    services: Type.Array(ServiceBooking, { maxItems: 100 }),
    calendar: Type.Array(CalendarDay, { maxItems: 400 }),
  },
  { additionalProperties: false },
)
export type BookingSettings = Static<typeof BookingSettings>

/** What the holder of the code sees: no name, no phone. */
export const PublicBooking = Type.Object(
  {
    code: BookingCode,
    serviceId: Id,
    serviceName: LocalizedName,
    date: DayKey,
    slotStart: TimeOfDay,
    slotEnd: TimeOfDay,
    status: BookingStatus,
    lang: Lang,
    /** Set once checked in: the ticket's number and tracking code. */
    ticketNumber: Type.Optional(Type.String()),
    trackingCode: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
)
export type PublicBooking = Static<typeof PublicBooking>

/** What staff see. */
export const StaffBooking = Type.Intersect([
  PublicBooking,
  Type.Object({ name: Type.String(), phone: Type.Optional(Type.String()), createdAt: IsoTime, checkedInAt: Type.Optional(IsoTime) }),
])
export type StaffBooking = Static<typeof StaffBooking>

export const SlotView = Type.Object(
  { start: TimeOfDay, end: TimeOfDay, capacity: Type.Integer(), left: Type.Integer() },
  { additionalProperties: false },
)
export type SlotView = Static<typeof SlotView>

export const DayClosedReason = Type.Union([
  Type.Literal('weekend'),
  Type.Literal('holiday'),
  Type.Literal('past'),
  Type.Literal('beyond-horizon'),
  Type.Literal('not-bookable'),
])

/** GET /api/booking/days?serviceId — the days within the horizon, each open or why not. */
export const BookingDays = Type.Object({
  serviceId: Id,
  days: Type.Array(
    Type.Object({ date: DayKey, open: Type.Boolean(), left: Type.Integer(), reason: Type.Optional(DayClosedReason), holiday: Type.Optional(LocalizedName) }),
  ),
})
export type BookingDays = Static<typeof BookingDays>

/** GET /api/booking/slots?serviceId&date */
export const BookingSlots = Type.Object({
  serviceId: Id,
  date: DayKey,
  open: Type.Boolean(),
  reason: Type.Optional(DayClosedReason),
  slots: Type.Array(SlotView),
})
export type BookingSlots = Static<typeof BookingSlots>

/** POST /api/bookings (header Idempotency-Key). The phone is optional: it only limits active bookings per number. */
export const NewBooking = Type.Object(
  {
    serviceId: Id,
    date: DayKey,
    slotStart: TimeOfDay,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 .-]{8,16}$' })),
    lang: Lang,
  },
  { additionalProperties: false },
)
export type NewBooking = Static<typeof NewBooking>

/** POST /api/bookings/{code}/move */
export const MoveBooking = Type.Object({ date: DayKey, slotStart: TimeOfDay }, { additionalProperties: false })
export type MoveBooking = Static<typeof MoveBooking>

/** POST /api/bookings/{code}/check-in: at a kiosk (kioskId) or by a clerk at a counter (signed in). */
export const CheckIn = Type.Object({ kioskId: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' })) }, { additionalProperties: false })
export type CheckIn = Static<typeof CheckIn>

/** GET /api/join — services a citizen may join from the phone right now. */
export const JoinServices = Type.Object({
  open: Type.Boolean(),
  services: Type.Array(Type.Object({ serviceId: Id, name: LocalizedName, open: Type.Boolean(), left: Type.Integer(), waiting: Type.Integer() })),
})
export type JoinServices = Static<typeof JoinServices>

/** POST /api/join (header Idempotency-Key): a ticket with channel 'remote'. */
export const JoinRequest = Type.Object({ serviceId: Id, lang: Lang }, { additionalProperties: false })
export type JoinRequest = Static<typeof JoinRequest>

/**
 * A booking as the server stores it (one line of `bookings/bookings.jsonl`, or a row of `luot_bookings`).
 * `state` is what happened to it; `no-show` is not stored but read from the clock (a booking still
 * `booked` after its slot's start plus the grace period). `name` and `phone` are erased (`erasedAt`,
 * name '') once the booked day is older than the retention period.
 */
export const StoredBooking = Type.Object(
  {
    code: BookingCode,
    serviceId: Id,
    date: DayKey,
    slotStart: TimeOfDay,
    slotEnd: TimeOfDay,
    state: Type.Union([Type.Literal('booked'), Type.Literal('cancelled'), Type.Literal('checked-in')]),
    lang: Lang,
    name: Type.String({ maxLength: 100 }),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    createdAt: IsoTime,
    updatedAt: IsoTime,
    idempotencyKey: Type.Optional(Type.String({ maxLength: 64 })),
    cancelledAt: Type.Optional(IsoTime),
    checkedInAt: Type.Optional(IsoTime),
    ticketId: Type.Optional(Type.String({ maxLength: 64 })),
    ticketNumber: Type.Optional(Type.String({ maxLength: 16 })),
    trackingCode: Type.Optional(Type.String({ maxLength: 32 })),
    erasedAt: Type.Optional(IsoTime),
  },
  { additionalProperties: false },
)
export type StoredBooking = Static<typeof StoredBooking>

/** `bookings:changed` (staff rooms): a booking was made, cancelled, moved or checked in; the console's panel updates that day. */
export const BookingsChanged = Type.Object({ date: DayKey, booking: StaffBooking })
export type BookingsChanged = Static<typeof BookingsChanged>

/** GET /api/bookings?date= (staff): that day's bookings, by slot. */
export const StaffBookingsQuery = Type.Object({ date: DayKey }, { additionalProperties: false })

/** GET /api/stats/bookings: booking figures over the booked days in [from, to]; `withinMinutes` (default 10) for the on-time share. */
export const BookingReportQuery = Type.Object(
  { from: DayKey, to: DayKey, withinMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240 })) },
  { additionalProperties: false },
)
export type BookingReportQuery = Static<typeof BookingReportQuery>

/** One service's booking figures (or the total). Counts are by the booked day; waits by the day of the visit. */
export const BookingReportRow = Type.Object({
  key: Type.String(),
  label: Type.String(),
  labelEn: Type.String(),
  made: Type.Integer(),
  cancelled: Type.Integer(),
  checkedIn: Type.Integer(),
  noShow: Type.Integer(),
  /** Booked tickets called, and those called within `withinMinutes` of their slot's start. */
  bookedCalled: Type.Integer(),
  calledWithin: Type.Integer(),
  calledWithinPercent: Type.Union([Type.Number(), Type.Null()]),
  bookedWait: Durations,
  walkInWait: Durations,
})
export type BookingReportRow = Static<typeof BookingReportRow>

export const BookingReport = Type.Object({ from: DayKey, to: DayKey, withinMinutes: Type.Integer(), rows: Type.Array(BookingReportRow), total: BookingReportRow })
export type BookingReport = Static<typeof BookingReport>
