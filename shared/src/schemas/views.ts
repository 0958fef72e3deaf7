import Type, { type Static } from 'typebox'
import { Centre, Counter, PriorityGroup, PriorityPolicy, PublicUser, RatingSettings, Outcome, VoiceSettings, Service, ShortLabel } from './config.js'
import { DayKey, Id, IsoTime, LocalizedName } from './common.js'
import { TicketStatus } from './ticket.js'
import { PublicBooking } from './booking.js'
import { DossierCode, DossierSettings } from './dossier.js'

export const CounterState = Type.Union([Type.Literal('open'), Type.Literal('paused'), Type.Literal('closed')])
export type CounterState = Static<typeof CounterState>

export const ServiceView = Type.Object({
  id: Id,
  code: Type.String(),
  name: LocalizedName,
  shortLabel: Type.Optional(ShortLabel),
  active: Type.Boolean(),
  waiting: Type.Integer(),
  /** Rounded by the shared estimateWaitMinutes; null when no counter serving it is open. */
  estimatedWaitMinutes: Type.Union([Type.Integer(), Type.Null()]),
  targetWaitMinutes: Type.Integer(),
  issuedToday: Type.Integer(),
  /** True when the daily cap is reached: the kiosk says so. */
  capReached: Type.Boolean(),
  /** Numbers of the counters that serve this area (open or not). */
  counterNumbers: Type.Array(Type.Integer()),
  /** Numbers of the counters open for it now. */
  openCounterNumbers: Type.Array(Type.Integer()),
})
export type ServiceView = Static<typeof ServiceView>

/** The mark of a ticket issued at a booking's check-in: its slot's start (an ISO instant). */
export const BookedMark = Type.Object({ slotStart: IsoTime }, { additionalProperties: false })
export type BookedMark = Static<typeof BookedMark>

/** A remote ticket (taken from a phone at /join/): checked in yet, and whether it must be before it is called. */
export const RemoteMark = Type.Object({ checkedIn: Type.Boolean(), checkInRequired: Type.Boolean() }, { additionalProperties: false })
export type RemoteMark = Static<typeof RemoteMark>

export const CurrentTicket = Type.Object({
  ticketId: Type.String(),
  number: Type.String(),
  serviceId: Id,
  status: TicketStatus,
  priorityGroup: Type.Union([Id, Type.Null()]),
  queuedAt: IsoTime,
  calledAt: Type.Optional(IsoTime),
  startedAt: Type.Optional(IsoTime),
  recalls: Type.Integer(),
  booking: Type.Optional(BookedMark),
  /** A remote ticket not checked in at a kiosk or counter: the clerk may skip it. */
  notCheckedIn: Type.Optional(Type.Literal(true)),
  /** A return visit ("Nhận kết quả"): the console shows this dossier and offers "Đã trả kết quả". */
  dossierCode: Type.Optional(DossierCode),
})
export type CurrentTicket = Static<typeof CurrentTicket>

export const CounterView = Type.Object({
  id: Id,
  number: Type.Integer(),
  name: LocalizedName,
  serviceIds: Type.Array(Id),
  state: CounterState,
  pauseReason: Type.Optional(Type.String()),
  clerkId: Type.Optional(Id),
  clerkName: Type.Optional(Type.String()),
  current: Type.Optional(CurrentTicket),
})
export type CounterView = Static<typeof CounterView>

/** One call as the hall board shows it. */
export const CallView = Type.Object({
  ticketId: Type.String(),
  number: Type.String(),
  serviceId: Id,
  counterId: Id,
  counterNumber: Type.Integer(),
  calledAt: IsoTime,
  /** 0 for the first call, then 1, 2 … for each recall. */
  recalls: Type.Integer(),
  priority: Type.Boolean(),
  /** Issued at a booking's check-in: the board marks it as it marks priority. */
  booked: Type.Optional(Type.Literal(true)),
})
export type CallView = Static<typeof CallView>

/** A waiting ticket as staff see it (for out-of-turn calls and the live view). */
/** What the staff lists show of any ticket. */
const ticketRef = { id: Type.String(), number: Type.String(), serviceId: Id, priorityGroup: Type.Union([Id, Type.Null()]) }

export const WaitingTicketView = Type.Object({
  ...ticketRef,
  queuedAt: IsoTime,
  targetCounterId: Type.Optional(Id),
  booking: Type.Optional(BookedMark),
  /** A remote ticket not checked in at a kiosk or counter. */
  notCheckedIn: Type.Optional(Type.Literal(true)),
})
export type WaitingTicketView = Static<typeof WaitingTicketView>

/** A ticket missed today (the citizen did not come when called): it can still be called back. */
export const MissedTicketView = Type.Object({
  ...ticketRef,
  missedAt: IsoTime,
  /** The counter that called it last. */
  counterId: Type.Optional(Id),
})
export type MissedTicketView = Static<typeof MissedTicketView>

export const ClerkToday = Type.Object({
  clerkId: Id,
  displayName: Type.String(),
  served: Type.Integer(),
  avgServiceSeconds: Type.Number(),
})
export type ClerkToday = Static<typeof ClerkToday>

export const PublicCentre = Type.Omit(Centre, ['openingHours'])
export type PublicCentre = Static<typeof PublicCentre>

export const PublicSettings = Type.Object({
  recallLimit: Type.Integer(),
  priorityGroups: Type.Array(PriorityGroup),
  priorityPolicy: PriorityPolicy,
  rating: RatingSettings,
  outcomes: Type.Array(Outcome),
  ticker: Type.Array(Type.String()),
  kioskReturnSeconds: Type.Integer(),
  voice: VoiceSettings,
  /** The kiosk offers "Nhận kết quả" when enabled; the console prints the slips' issuer lines and place. */
  dossiers: Type.Optional(DossierSettings),
})
export type PublicSettings = Static<typeof PublicSettings>

/** What every screen gets on (re)connect; clients replace their state with it. */
export const PublicSnapshot = Type.Object({
  date: DayKey,
  serverTime: IsoTime,
  /** False outside opening hours when they are enforced. */
  issuing: Type.Boolean(),
  centre: PublicCentre,
  services: Type.Array(ServiceView),
  counters: Type.Array(CounterView),
  recentCalls: Type.Array(CallView),
  settings: PublicSettings,
})
export type PublicSnapshot = Static<typeof PublicSnapshot>

export const StaffSnapshot = Type.Object({
  ...PublicSnapshot.properties,
  waiting: Type.Array(WaitingTicketView),
  missed: Type.Array(MissedTicketView),
  clerks: Type.Array(ClerkToday),
  me: PublicUser,
})
export type StaffSnapshot = Static<typeof StaffSnapshot>

export const ServiceRef = Type.Object({ id: Id, code: Type.String(), name: LocalizedName })

/** The reply to taking a ticket. */
export const IssuedTicket = Type.Object({
  id: Type.String(),
  number: Type.String(),
  service: ServiceRef,
  counterNumbers: Type.Array(Type.Integer()),
  priorityGroup: Type.Union([Id, Type.Null()]),
  trackingCode: Type.String(),
  trackingUrl: Type.String(),
  peopleAhead: Type.Integer(),
  /** Rounded by the shared estimateWaitMinutes; null when no counter serving it is open. */
  estimatedWaitMinutes: Type.Union([Type.Integer(), Type.Null()]),
  issuedAt: IsoTime,
  /** What became of the paper ticket: a failed print never loses the ticket, the kiosk shows it to photograph. */
  print: Type.Optional(Type.Union([Type.Literal('printed'), Type.Literal('failed'), Type.Literal('no-printer')])),
  booking: Type.Optional(BookedMark),
  remote: Type.Optional(RemoteMark),
})
export type IssuedTicket = Static<typeof IssuedTicket>

/** What the citizen's phone sees: their own ticket and nothing of anyone else's. */
export const TrackedTicket = Type.Object({
  number: Type.String(),
  service: ServiceRef,
  status: TicketStatus,
  /** Only whether it has priority: the group (pregnant, disabled …) is nobody else's business. */
  priority: Type.Boolean(),
  peopleAhead: Type.Integer(),
  /** Rounded by the shared estimateWaitMinutes; null when no counter serving it is open. */
  estimatedWaitMinutes: Type.Union([Type.Integer(), Type.Null()]),
  issuedAt: IsoTime,
  calledAt: Type.Optional(IsoTime),
  finishedAt: Type.Optional(IsoTime),
  counterNumber: Type.Optional(Type.Integer()),
  rated: Type.Boolean(),
  rateable: Type.Boolean(),
  /** Missed (no-show) but can still be called back: the phone says to come to the counter, not to take a new number. */
  recallable: Type.Boolean(),
  booking: Type.Optional(BookedMark),
  remote: Type.Optional(RemoteMark),
  /** A return visit's ticket: the phone links to the dossier's page /d/{code}. */
  dossierCode: Type.Optional(DossierCode),
})
export type TrackedTicket = Static<typeof TrackedTicket>

export { Service, Counter }

/** The reply to a booking's check-in: the booking (now checked in) and its ticket, printed like a kiosk ticket when a kiosk with a printer asked. */
export const CheckedIn = Type.Object({ booking: PublicBooking, ticket: IssuedTicket })
export type CheckedIn = Static<typeof CheckedIn>
