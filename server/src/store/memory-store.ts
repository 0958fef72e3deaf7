import type { DayRecord, DayState, LateRating } from '@luot/shared'
import type { DayAggregate } from '../domain/aggregate.js'
import type { Config } from '../domain/types.js'
import { isClosingRecord } from './closing.js'
import { AppendConflictError, ClosedDayError, CorruptDataError, type Store } from './port.js'
import { checkRecord } from './record-check.js'

const copy = <T>(v: T): T => structuredClone(v)

/** In-memory store for tests and throwaway demos; same contract as the durable ones, minus the disk. */
export class MemoryStore implements Store {
  config: Config | null = null
  readonly journals = new Map<string, DayRecord[]>()
  readonly closedDays = new Map<string, DayState>()
  readonly aggregates = new Map<string, DayAggregate>()

  async readConfig(): Promise<Config | null> {
    return this.config && copy(this.config)
  }
  async writeConfig(config: Config): Promise<void> {
    this.config = copy(config)
  }
  async latestDay(): Promise<string | null> {
    return [...this.journals.keys()].sort().at(-1) ?? null
  }
  /** Checked like a durable backend's records, so the conformance suite can corrupt one. */
  async readRecords(date: string, from = 1): Promise<DayRecord[]> {
    return (this.journals.get(date) ?? []).slice(from - 1).map((r, i) => {
      const checked = checkRecord(copy(r), `memory journal of ${date}, line ${from + i}`)
      if ('reason' in checked) throw new CorruptDataError(`memory journal of ${date}`, from + i, checked.reason)
      return checked.record
    })
  }
  async append(date: string, at: number, records: DayRecord[]): Promise<void> {
    const journal = this.journals.get(date) ?? []
    if (journal.length > 0 && isClosingRecord(journal.at(-1)!)) throw new ClosedDayError(date)
    if (at !== journal.length + 1) throw new AppendConflictError(date, at)
    this.journals.set(date, [...journal, ...copy(records)])
  }
  async writeClosedDay(state: DayState, aggregate: DayAggregate): Promise<void> {
    this.closedDays.set(state.date, copy(state))
    this.aggregates.set(aggregate.date, copy(aggregate))
  }
  async readClosedDay(date: string): Promise<DayState | null> {
    const d = this.closedDays.get(date)
    return d ? copy(d) : null
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
  async writeAggregate(aggregate: DayAggregate): Promise<void> {
    this.aggregates.set(aggregate.date, copy(aggregate))
  }
  async close(): Promise<void> {}
}
