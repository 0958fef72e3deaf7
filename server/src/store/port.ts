import type { DayAggregate } from '../domain/aggregate.js'
import type { LateRating } from '@luot/shared'
import type { Config, DayState } from '../domain/types.js'

/**
 * The storage port. Narrow on purpose: a PostgreSQL adapter for multi-process deployments is one
 * more file implementing this, not a rewrite. Every write resolves only once it is durable.
 */
export interface Store {
  readConfig(): Promise<Config | null>
  writeConfig(config: Config): Promise<void>
  readDay(date: string): Promise<DayState | null>
  /** Refuses to rewrite a day that is closed on disk. */
  writeDay(day: DayState): Promise<void>
  /** The newest day on record, if any. */
  latestDay(): Promise<string | null>
  writeAggregate(aggregate: DayAggregate): Promise<void>
  /** Aggregates of closed days in [from, to], oldest first. */
  readAggregates(from: string, to: string): Promise<DayAggregate[]>
  /**
   * Ratings given after their visit day closed: one append-only, fsync-ed record each, kept apart
   * from the closed day (which is never rewritten). Resolves once the record is durable.
   */
  appendLateRecord(visitDate: string, record: LateRating): Promise<void>
  /** The late records of a visit day, oldest first; [] when there are none. */
  readLateRecords(visitDate: string): Promise<LateRating[]>
  close(): Promise<void>
}

export class ClosedDayError extends Error {
  constructor(readonly date: string) {
    super(`day ${date} is closed and is never rewritten`)
    this.name = 'ClosedDayError'
  }
}
