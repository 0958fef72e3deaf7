import Type, { type Static } from 'typebox'
import { Id, LocalizedName, TimeOfDay } from './common.js'
import { BookingSettings } from './booking.js'
import { DossierSettings } from './dossier.js'

export const OpeningSession = Type.Object({ start: TimeOfDay, end: TimeOfDay }, { additionalProperties: false })
export type OpeningSession = Static<typeof OpeningSession>

export const OpeningHours = Type.Object(
  {
    /** Off in the demo so a newcomer can try it at any hour. */
    enforce: Type.Boolean(),
    /** Index 0 is Sunday … 6 Saturday; each day its sessions (morning, afternoon). */
    weekdays: Type.Array(Type.Array(OpeningSession, { maxItems: 4 }), { minItems: 7, maxItems: 7 }),
  },
  { additionalProperties: false },
)
export type OpeningHours = Static<typeof OpeningHours>

export const Centre = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    nameEn: Type.String({ minLength: 1, maxLength: 200 }),
    province: Type.String({ minLength: 1, maxLength: 100 }),
    commune: Type.String({ maxLength: 100 }),
    address: Type.String({ maxLength: 300 }),
    hotline: Type.String({ maxLength: 60 }),
    timeZone: Type.String({ minLength: 1, maxLength: 60 }),
    /** Base of the tracking links printed in the QR code, e.g. http://192.168.1.10:3000 */
    publicBaseUrl: Type.String({ maxLength: 200 }),
    openingHours: OpeningHours,
  },
  { additionalProperties: false },
)
export type Centre = Static<typeof Centre>

export const NumberFormat = Type.Union([
  Type.Object({ kind: Type.Literal('prefix'), prefix: Type.String({ pattern: '^[A-Z]{1,2}$' }) }, { additionalProperties: false }),
  Type.Object(
    { kind: Type.Literal('block'), start: Type.Integer({ minimum: 1, maximum: 999_999 }), end: Type.Integer({ minimum: 1, maximum: 999_999 }) },
    { additionalProperties: false },
  ),
])
export type NumberFormat = Static<typeof NumberFormat>

/** A service's short label, in both languages: a few words a citizen recognises from across the hall. */
export const ShortLabel = Type.Object(
  { vi: Type.String({ minLength: 1, maxLength: 40 }), en: Type.String({ minLength: 1, maxLength: 40 }) },
  { additionalProperties: false },
)
export type ShortLabel = Static<typeof ShortLabel>

export const Service = Type.Object(
  {
    id: Id,
    code: Type.String({ pattern: '^[A-Z0-9]{1,6}$' }),
    name: LocalizedName,
    /** Optional short label for the kiosk and the board when the official name is too long to read at a glance. */
    shortLabel: Type.Optional(ShortLabel),
    numberFormat: NumberFormat,
    /** Tickets per day; 0 means no cap (the number format still bounds it). */
    dailyCap: Type.Integer({ minimum: 0, maximum: 100_000 }),
    targetWaitMinutes: Type.Integer({ minimum: 1, maximum: 600 }),
    /** Used for the wait estimate until the day has real service times. */
    defaultServiceMinutes: Type.Number({ minimum: 0.5, maximum: 240 }),
    active: Type.Boolean(),
  },
  { additionalProperties: false },
)
export type Service = Static<typeof Service>

export const Counter = Type.Object(
  {
    id: Id,
    number: Type.Integer({ minimum: 1, maximum: 999 }),
    name: LocalizedName,
    /** In order: the counter serves the first service before the next. */
    serviceIds: Type.Array(Id, { maxItems: 50 }),
  },
  { additionalProperties: false },
)
export type Counter = Static<typeof Counter>

export const Role = Type.Union([Type.Literal('clerk'), Type.Literal('manager'), Type.Literal('admin')])
export type Role = Static<typeof Role>

export const Username = Type.String({ pattern: '^[a-z0-9._-]{2,40}$' })
export const Password = Type.String({ minLength: 8, maxLength: 200 })

/** A user as every client may see it: the password hash never leaves the server. */
export const PublicUser = Type.Object(
  {
    id: Id,
    username: Username,
    displayName: Type.String({ minLength: 1, maxLength: 100 }),
    role: Role,
    /** The counter a clerk is assigned to by default; they may pick another free one. */
    counterId: Type.Union([Id, Type.Null()]),
    active: Type.Boolean(),
  },
  { additionalProperties: false },
)
export type PublicUser = Static<typeof PublicUser>

export const PriorityGroup = Type.Object({ id: Id, name: LocalizedName }, { additionalProperties: false })
export type PriorityGroup = Static<typeof PriorityGroup>

export const PriorityPolicy = Type.Union([
  Type.Object({ mode: Type.Literal('strict') }, { additionalProperties: false }),
  Type.Object({ mode: Type.Literal('interleave'), every: Type.Integer({ minimum: 1, maximum: 50 }) }, { additionalProperties: false }),
])
export type PriorityPolicy = Static<typeof PriorityPolicy>

export const RatingLevel = Type.Object({ value: Type.Integer({ minimum: 1, maximum: 10 }), name: LocalizedName }, { additionalProperties: false })
export const RatingSettings = Type.Object(
  {
    /** Best first, as shown to the citizen. */
    levels: Type.Array(RatingLevel, { minItems: 2, maxItems: 10 }),
    /** A value at or above this counts as satisfied. */
    satisfiedMin: Type.Integer({ minimum: 1, maximum: 10 }),
    /** A value at or below this asks for a reason. */
    lowMax: Type.Integer({ minimum: 0, maximum: 10 }),
    lowReasons: Type.Array(Type.Object({ id: Id, name: LocalizedName }, { additionalProperties: false }), { maxItems: 20 }),
    /** Hours after a visit ends during which its rating is still taken, after midnight too (default 24). */
    lateWindowHours: Type.Optional(Type.Integer({ minimum: 0, maximum: 168 })),
  },
  { additionalProperties: false },
)
export type RatingSettings = Static<typeof RatingSettings>

/**
 * How a visit ended. `dossier` marks the outcomes that open or close a dossier: 'receive' (tiếp nhận hồ
 * sơ: the console asks for the procedure and records the dossier) and 'return' (trả kết quả: used when a
 * dossier is returned). At most one outcome of each.
 */
export const Outcome = Type.Object({ id: Id, name: LocalizedName, dossier: Type.Optional(Type.Union([Type.Literal('receive'), Type.Literal('return')])) }, { additionalProperties: false })
export type Outcome = Static<typeof Outcome>

export const Printer = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    /** Which kiosk prints here; '*' for every kiosk without one of its own. */
    kioskId: Type.String({ pattern: '^(\\*|[a-z0-9][a-z0-9-]{0,39})$' }),
    /** Counters that print dossier slips here (a receipt printer on the counter's desk); absent or empty: none. */
    counterIds: Type.Optional(Type.Array(Id, { maxItems: 50, uniqueItems: true })),
    host: Type.String({ minLength: 1, maxLength: 200 }),
    port: Type.Integer({ minimum: 1, maximum: 65535 }),
    paper: Type.Union([Type.Literal(80), Type.Literal(58)]),
    textMode: Type.Union([Type.Literal('tcvn3'), Type.Literal('raster')]),
    enabled: Type.Boolean(),
  },
  { additionalProperties: false },
)
export type Printer = Static<typeof Printer>

export const VoiceSettings = Type.Object(
  {
    template: Type.String({ minLength: 1, maxLength: 300 }),
    templateEn: Type.String({ minLength: 1, maxLength: 300 }),
    repeat: Type.Integer({ minimum: 1, maximum: 5 }),
    english: Type.Boolean(),
  },
  { additionalProperties: false },
)
export type VoiceSettings = Static<typeof VoiceSettings>

export const Settings = Type.Object(
  {
    recallLimit: Type.Integer({ minimum: 0, maximum: 10 }),
    priorityGroups: Type.Array(PriorityGroup, { maxItems: 20 }),
    priorityPolicy: PriorityPolicy,
    rating: RatingSettings,
    outcomes: Type.Array(Outcome, { minItems: 1, maxItems: 20 }),
    printers: Type.Array(Printer, { maxItems: 50 }),
    ticker: Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 20 }),
    kioskReturnSeconds: Type.Integer({ minimum: 5, maximum: 600 }),
    voice: VoiceSettings,
    /** Bookings and remote join; absent in configurations written before them (then off: nothing bookable, no remote join). */
    booking: Type.Optional(BookingSettings),
    /** Dossiers from receipt to return; absent in configurations written before them (then off). Holidays are `booking.calendar`'s. */
    dossiers: Type.Optional(DossierSettings),
  },
  { additionalProperties: false },
)
export type Settings = Static<typeof Settings>
