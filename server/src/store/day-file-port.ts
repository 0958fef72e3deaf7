import type { DayAggregate } from '../domain/aggregate.js'
import type { Config, DayState } from '../domain/types.js'

/**
 * The port of release 0.1, where a day is one whole-day file rewritten on every command. Kept only
 * while the queue service moves to the journal port (`port.ts`); removed with the lowdb day files.
 */
export interface DayFileStore {
  readConfig(): Promise<Config | null>
  writeConfig(config: Config): Promise<void>
  readDay(date: string): Promise<DayState | null>
  /** Refuses to rewrite a day that is closed on disk. */
  writeDay(day: DayState): Promise<void>
  latestDay(): Promise<string | null>
  writeAggregate(aggregate: DayAggregate): Promise<void>
  readAggregates(from: string, to: string): Promise<DayAggregate[]>
  close(): Promise<void>
}
