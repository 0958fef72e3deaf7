import Type, { type Static } from 'typebox'
import { DayKey } from './common.js'
import { Centre, Counter, PublicUser, Service, Settings } from './config.js'
import { AuditEntry } from './ticket.js'

/**
 * The shapes of the files the server keeps in DATA_DIR besides the day journals (`records.ts`) and
 * closed days' snapshots (`day.ts`). Every file is checked against these when it
 * is read: a file that does not fit stops the server, naming the file; it is never cast or trusted.
 */

/** Random, URL-safe: names one life of an account, so a cookie never outlives the account it was issued for. */
export const AccountGeneration = Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$' })

/** A user as stored: the hash stays on the server. */
export const StoredUser = Type.Object(
  {
    ...PublicUser.properties,
    /** "scrypt$N$r$p$salt$hash" (base64url parts). */
    passwordHash: Type.String({ minLength: 1, maxLength: 400 }),
    /** Bumped on password reset and deactivation: older sessions stop working. */
    tokenVersion: Type.Integer({ minimum: 0 }),
    /** Set once when the account is created; every session cookie names it. */
    generation: AccountGeneration,
  },
  { additionalProperties: false },
)
export type StoredUser = Static<typeof StoredUser>

/** What every version of config.json holds besides its users. */
const configParts = { centre: Centre, services: Type.Array(Service), counters: Type.Array(Counter), settings: Settings }

/** config.json: everything an admin configures. */
export const ConfigFile = Type.Object(
  {
    version: Type.Literal(2),
    ...configParts,
    users: Type.Array(StoredUser),
    /** counter id → how many times its rating-pad key was rotated (absent: never). */
    padKeyRotations: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
)
export type ConfigFile = Static<typeof ConfigFile>

/** config.json as versions before 2 wrote it: users without a generation, no pad-key rotations. Migrated at start. */
export const ConfigFileV1 = Type.Object(
  {
    version: Type.Literal(1),
    ...configParts,
    users: Type.Array(Type.Object({ ...PublicUser.properties, passwordHash: StoredUser.properties.passwordHash, tokenVersion: StoredUser.properties.tokenVersion }, { additionalProperties: false })),
  },
  { additionalProperties: false },
)
export type ConfigFileV1 = Static<typeof ConfigFileV1>

const Count = Type.Integer({ minimum: 0 })
const Counts = Type.Record(Type.String(), Count)

/** A mergeable histogram of durations: count, sum and sparse 10-second buckets. */
export const Histogram = Type.Object({ n: Count, sum: Type.Number({ minimum: 0 }), b: Counts })

export const Bucket = Type.Object({
  issued: Count,
  served: Count,
  noShow: Count,
  transferred: Count,
  cancelled: Count,
  wait: Histogram,
  service: Histogram,
  ratings: Counts,
  outcomes: Counts,
  lowReasons: Counts,
  /** Booked tickets: from the later of check-in and the slot's start to the call (absent in files before bookings). */
  bookedWait: Type.Optional(Histogram),
  /** Booked tickets: from the slot's start to the call, 0 when called before it. */
  bookedDelay: Type.Optional(Histogram),
  /** Tickets without a booking: from issue to call. */
  walkInWait: Type.Optional(Histogram),
})

/** aggregates/<date>.json: a closed day reduced to what statistics read. */
export const AggregateFile = Type.Object({
  date: DayKey,
  total: Bucket,
  by: Type.Object({ service: Type.Record(Type.String(), Bucket), counter: Type.Record(Type.String(), Bucket), clerk: Type.Record(Type.String(), Bucket), hour: Type.Record(Type.String(), Bucket) }),
  audit: Type.Array(AuditEntry),
  /** Calls of the day and those within their service area's target (absent in files written before it). */
  withinTarget: Type.Optional(Type.Object({ calls: Count, within: Count })),
})
export type AggregateFile = Static<typeof AggregateFile>

/** revoked-sessions.json: logged-out sessions not yet expired, session nonce → expiry (ms since 1970). */
export const RevokedSessionsFile = Type.Record(Type.String(), Type.Integer({ minimum: 0 }))
export type RevokedSessionsFile = Static<typeof RevokedSessionsFile>


