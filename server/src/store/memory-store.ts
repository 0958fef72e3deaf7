import type { LateRating } from '@luot/shared'
import type { DayAggregate } from '../domain/aggregate.js'
import type { Config, DayState } from '../domain/types.js'
import { ClosedDayError, type Store } from './port.js'

const copy = <T>(v: T): T => structuredClone(v)

/** In-memory store for tests and throwaway demos; same contract as the durable one, minus the disk. */
export class MemoryStore implements Store {
  config: Config | null = null
  readonly days = new Map<string, DayState>()
  readonly aggregates = new Map<string, DayAggregate>()

  async readConfig(): Promise<Config | null> {
    return this.config && copy(this.config)
  }
  async writeConfig(config: Config): Promise<void> {
    this.config = copy(config)
  }
  async readDay(date: string): Promise<DayState | null> {
    const d = this.days.get(date)
    return d ? copy(d) : null
  }
  async writeDay(day: DayState): Promise<void> {
    if (this.days.get(day.date)?.closed) throw new ClosedDayError(day.date)
    this.days.set(day.date, copy(day))
  }
  async latestDay(): Promise<string | null> {
    return [...this.days.keys()].sort().at(-1) ?? null
  }
  async writeAggregate(aggregate: DayAggregate): Promise<void> {
    this.aggregates.set(aggregate.date, copy(aggregate))
  }
  async readAggregates(from: string, to: string): Promise<DayAggregate[]> {
    return [...this.aggregates.values()].filter((a) => a.date >= from && a.date <= to).sort((a, b) => a.date.localeCompare(b.date))
  }
  readonly late = new Map<string, LateRating[]>()
  async appendLateRecord(visitDate: string, record: LateRating): Promise<void> {
    this.late.set(visitDate, [...(this.late.get(visitDate) ?? []), copy(record)])
  }
  async readLateRecords(visitDate: string): Promise<LateRating[]> {
    return copy(this.late.get(visitDate) ?? [])
  }
  async close(): Promise<void> {}
}
