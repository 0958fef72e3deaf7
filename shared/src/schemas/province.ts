import Type, { type Static } from 'typebox'
import { DayKey } from './common.js'
import { Counter, Outcome, Password, PriorityGroup, RatingSettings, Service, Username } from './config.js'
import { StatsRow } from './stats.js'
import { DossierReportRow } from './dossier-report.js'

/**
 * A province on one installation (PostgreSQL, several processes): many centres, each on its own at
 * `/c/{slug}/…` (screens `/c/{slug}/kiosk/`, API `/c/{slug}/api/…`, socket.io `/c/{slug}/socket.io`),
 * and the province's own pages and API at `/province/` and `/api/province/…`. A one-centre install
 * has none of this and keeps its short URLs.
 */

/** A centre's URL name: lower-case ASCII letters, digits and inner hyphens (`phuong-hai-chau`). */
export const CentreSlug = Type.String({ pattern: '^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$' })

/** Province roles: a manager reads every centre's live view and reports; an admin also manages centres and the template. */
export const ProvinceRole = Type.Union([Type.Literal('province-manager'), Type.Literal('province-admin')])
export type ProvinceRole = Static<typeof ProvinceRole>

export const CentreKind = Type.Union([Type.Literal('provincial'), Type.Literal('branch'), Type.Literal('commune')])
export type CentreKind = Static<typeof CentreKind>

/** A centre of the province as the directory lists it. Archived centres keep their data, and their URLs answer CENTRE_ARCHIVED. */
export const CentreEntry = Type.Object(
  {
    slug: CentreSlug,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    nameEn: Type.String({ minLength: 1, maxLength: 200 }),
    kind: CentreKind,
    /** The district the commune belonged to before 1 July 2025 ('' when none): provinces still group by it. */
    formerDistrict: Type.String({ maxLength: 100 }),
    /** The area the province groups centres by now (its own word: cluster, region); '' when none. */
    district: Type.String({ maxLength: 100 }),
    state: Type.Union([Type.Literal('active'), Type.Literal('archived')]),
    createdAt: Type.String(),
    archivedAt: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
)
export type CentreEntry = Static<typeof CentreEntry>

/** POST /api/province/centres (province admin): one centre, its configuration made from the province template. */
export const CentreCreate = Type.Object(
  {
    slug: CentreSlug,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    nameEn: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    kind: Type.Optional(CentreKind),
    district: Type.Optional(Type.String({ maxLength: 100 })),
    formerDistrict: Type.Optional(Type.String({ maxLength: 100 })),
    commune: Type.Optional(Type.String({ maxLength: 100 })),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    hotline: Type.Optional(Type.String({ maxLength: 60 })),
  },
  { additionalProperties: false },
)
export type CentreCreate = Static<typeof CentreCreate>

/** A created centre and the password of its first admin account (`admin`), shown once and stored only as a hash. */
export const CentreCreated = Type.Object({ centre: CentreEntry, admin: Type.Object({ username: Username, password: Type.String() }) })
export type CentreCreated = Static<typeof CentreCreated>

/**
 * POST /api/province/centres/import (province admin): CSV with a header line
 * `slug,name,nameEn,kind,district,formerDistrict,commune,address,hotline` (only slug and name required).
 * All lines or none: a bad line fails the whole batch with CENTRE_IMPORT_INVALID, its line numbers in `details`.
 */
export const CentreImport = Type.Object({ csv: Type.String({ minLength: 1, maxLength: 1_000_000 }) }, { additionalProperties: false })
export type CentreImport = Static<typeof CentreImport>
export const CentreImported = Type.Object({ created: Type.Array(CentreCreated) })
export type CentreImported = Static<typeof CentreImported>

/** What a new centre starts with (GET/PUT /api/province/template): the standard service areas of a commune centre, counters, outcomes, priority groups and the rating scale. */
export const ProvinceTemplate = Type.Object(
  {
    services: Type.Array(Service, { minItems: 1, maxItems: 50 }),
    counters: Type.Array(Counter, { minItems: 1, maxItems: 100 }),
    outcomes: Type.Array(Outcome, { minItems: 1, maxItems: 20 }),
    priorityGroups: Type.Array(PriorityGroup, { maxItems: 20 }),
    rating: RatingSettings,
  },
  { additionalProperties: false },
)
export type ProvinceTemplate = Static<typeof ProvinceTemplate>

/** POST /api/province/login */
export const ProvinceLogin = Type.Object({ username: Username, password: Password }, { additionalProperties: false })
export type ProvinceLogin = Static<typeof ProvinceLogin>

/** PUT /api/province/me/password: a province account changes its own password (its other sessions end). */
export const ProvincePasswordChange = Type.Object({ currentPassword: Password, password: Password }, { additionalProperties: false })
export type ProvincePasswordChange = Static<typeof ProvincePasswordChange>

/** A province account as the province admin manages it (GET /api/province/accounts). */
export const ProvinceAccountEntry = Type.Object({ id: Type.String(), username: Username, displayName: Type.String(), role: ProvinceRole, active: Type.Boolean() })
export type ProvinceAccountEntry = Static<typeof ProvinceAccountEntry>

/** POST /api/province/accounts (province admin): an officer's own account; the username is unique. */
export const ProvinceAccountCreate = Type.Object(
  { username: Username, displayName: Type.String({ minLength: 1, maxLength: 100 }), role: ProvinceRole, active: Type.Boolean(), password: Password },
  { additionalProperties: false },
)
export type ProvinceAccountCreate = Static<typeof ProvinceAccountCreate>

/** PUT /api/province/accounts/{id} (province admin): a deactivation or a role change ends the account's sessions; one active province admin always remains. */
export const ProvinceAccountUpdate = Type.Object({ displayName: Type.String({ minLength: 1, maxLength: 100 }), role: ProvinceRole, active: Type.Boolean() }, { additionalProperties: false })
export type ProvinceAccountUpdate = Static<typeof ProvinceAccountUpdate>

/** GET /api/province/me, and the login's answer. */
export const ProvinceUser = Type.Object({
  id: Type.String(),
  username: Username,
  displayName: Type.String(),
  role: ProvinceRole,
  /** The province's name as the installation has it (LUOT_PROVINCE_NAME): the issuing body on its printed reports. */
  province: Type.String(),
})
export type ProvinceUser = Static<typeof ProvinceUser>

/** Why a centre needs attention now. */
export const AttentionReason = Type.Union([
  Type.Literal('wait-over-target'),
  Type.Literal('printer-down'),
  Type.Literal('screen-down'),
  Type.Literal('no-counter-open'),
  Type.Literal('low-satisfaction'),
])
export type AttentionReason = Static<typeof AttentionReason>

const Percent = Type.Union([Type.Number(), Type.Null()])

/** One centre on the province's live dashboard (GET /api/province/live, socket `province:live`). */
export const ProvinceLiveRow = Type.Object({
  slug: CentreSlug,
  name: Type.String(),
  nameEn: Type.String(),
  kind: CentreKind,
  district: Type.String(),
  formerDistrict: Type.String(),
  /** Issuing tickets now (within opening hours, or hours not enforced). */
  open: Type.Boolean(),
  waiting: Type.Integer(),
  openCounters: Type.Integer(),
  counters: Type.Integer(),
  /** The longest wait of a ticket still waiting, in seconds, and the target of its service area. */
  longestWaitSeconds: Type.Union([Type.Integer(), Type.Null()]),
  longestWaitTargetMinutes: Type.Union([Type.Integer(), Type.Null()]),
  /** Names of the enabled printers that are down or out of paper. */
  printersDown: Type.Array(Type.String()),
  /** Screens that went silent (names as on the centre's health page). */
  screensDown: Type.Array(Type.String()),
  issued: Type.Integer(),
  served: Type.Integer(),
  ratingCount: Type.Integer(),
  /** Today's share of ratings at or above the centre's satisfied level. */
  satisfiedPercent: Percent,
  attention: Type.Array(AttentionReason),
})
export type ProvinceLiveRow = Static<typeof ProvinceLiveRow>

export const ProvinceLive = Type.Object({
  at: Type.String(),
  centres: Type.Array(ProvinceLiveRow),
  total: Type.Object({ waiting: Type.Integer(), openCounters: Type.Integer(), issued: Type.Integer(), served: Type.Integer(), needAttention: Type.Integer(), satisfiedPercent: Percent }),
})
export type ProvinceLive = Static<typeof ProvinceLive>

/** GET /api/province/report?from&to[&district] (province roles); the same query for the exports. */
export const ProvinceReportQuery = Type.Object(
  { from: DayKey, to: DayKey, district: Type.Optional(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
)
export type ProvinceReportQuery = Static<typeof ProvinceReportQuery>

/** One centre's figures for the range: the queue statistics' total row, the share called within target, the dossier total row. */
export const ProvinceCentreFigures = Type.Object({
  slug: CentreSlug,
  name: Type.String(),
  nameEn: Type.String(),
  district: Type.String(),
  formerDistrict: Type.String(),
  stats: StatsRow,
  /** Share of called tickets whose wait was within their service area's target. */
  withinTargetPercent: Percent,
  dossiers: DossierReportRow,
  /** Archived since (a centre closed or merged): its figures of the range still count, from what it stored while open. */
  archivedAt: Type.Optional(Type.String()),
})
export type ProvinceCentreFigures = Static<typeof ProvinceCentreFigures>

export const RankingEntry = Type.Object({ rank: Type.Integer(), slug: CentreSlug, name: Type.String(), value: Type.Number() })
export type RankingEntry = Static<typeof RankingEntry>

export const ProvinceReport = Type.Object({
  from: DayKey,
  to: DayKey,
  days: Type.Integer(),
  centres: Type.Array(ProvinceCentreFigures),
  /** The province: every centre summed (percentages over the summed counts). */
  total: Type.Object({ stats: StatsRow, withinTargetPercent: Percent, dossiers: DossierReportRow }),
  /** Best first; a centre with nothing to rank (no ratings, no calls, no dossiers returned) is left out of that ranking. */
  rankings: Type.Object({ satisfaction: Type.Array(RankingEntry), withinTarget: Type.Array(RankingEntry), dossiersOnTime: Type.Array(RankingEntry) }),
})
export type ProvinceReport = Static<typeof ProvinceReport>

/** The province's socket (path `/province/socket.io`, province roles only): the live dashboard, pushed at most every 2 s while something changes. */
export interface ProvinceServerEvents {
  'province:live': (live: ProvinceLive) => void
}
