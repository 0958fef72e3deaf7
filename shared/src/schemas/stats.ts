import Type, { type Static } from 'typebox'
import { DayKey } from './common.js'

export const StatsGroupBy = Type.Union([Type.Literal('service'), Type.Literal('counter'), Type.Literal('clerk'), Type.Literal('hour'), Type.Literal('day')])
export type StatsGroupBy = Static<typeof StatsGroupBy>

export const StatsQuery = Type.Object(
  { from: DayKey, to: DayKey, groupBy: Type.Optional(StatsGroupBy) },
  { additionalProperties: false },
)
export type StatsQuery = Static<typeof StatsQuery>

/** Seconds; p50 and p90 are read at the middle of 2-second buckets under 10 minutes (10 s under an hour, 60 s beyond). */
export const Durations = Type.Object({
  count: Type.Integer(),
  mean: Type.Union([Type.Number(), Type.Null()]),
  p50: Type.Union([Type.Number(), Type.Null()]),
  p90: Type.Union([Type.Number(), Type.Null()]),
})
export type Durations = Static<typeof Durations>

const Counts = Type.Record(Type.String(), Type.Integer())

export const StatsRow = Type.Object({
  key: Type.String(),
  label: Type.String(),
  labelEn: Type.String(),
  issued: Type.Integer(),
  served: Type.Integer(),
  noShow: Type.Integer(),
  transferred: Type.Integer(),
  cancelled: Type.Integer(),
  wait: Durations,
  service: Durations,
  /** rating value → count */
  ratings: Counts,
  ratingCount: Type.Integer(),
  satisfiedPercent: Type.Union([Type.Number(), Type.Null()]),
  outcomes: Counts,
  lowReasons: Counts,
})
export type StatsRow = Static<typeof StatsRow>

export const StatsResult = Type.Object({
  from: DayKey,
  to: DayKey,
  groupBy: StatsGroupBy,
  days: Type.Integer(),
  rows: Type.Array(StatsRow),
  total: StatsRow,
})
export type StatsResult = Static<typeof StatsResult>
