import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { LateRating } from '@luot/shared'
import type { DayAggregate } from '../domain/aggregate.js'
import type { Config, DayState } from '../domain/types.js'
import { DurableJsonFile } from './durable-adapter.js'
import { fsyncDir } from './durable-file.js'
import { appendRecord, readRecords } from './late-records-file.js'
import { ClosedDayError, type Store } from './port.js'

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/

/**
 * The embedded store: lowdb over durable JSON files. `config.json` holds the configuration;
 * `days/<date>.json` one day each, so a write costs the same on day 400 as on day 1;
 * `aggregates/<date>.json` what statistics read, written when a day closes (and rewritten, durably,
 * when a late rating amends it); `late/<date>.jsonl` ratings given after their day closed.
 */
export class LowdbStore implements Store {
  private readonly files = new Map<string, Low<unknown>>()
  /** Days known closed on disk: never written again. */
  private readonly closedDays = new Set<string>()
  /** Days whose on-disk state was checked before the first write of this process. */
  private readonly checkedDays = new Set<string>()
  /** Closed days never change, so their aggregates are cached for good (as promises: concurrent reads share one). */
  private readonly aggregates = new Map<string, Promise<DayAggregate | null>>()

  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<LowdbStore> {
    for (const d of [dir, join(dir, 'days'), join(dir, 'aggregates'), join(dir, 'late')]) await mkdir(d, { recursive: true })
    await fsyncDir(dir)
    return new LowdbStore(dir)
  }

  private db<T>(file: string): Low<T | null> {
    let db = this.files.get(file)
    if (!db) this.files.set(file, (db = new Low<unknown>(new DurableJsonFile<unknown>(file), null)))
    return db as Low<T | null>
  }

  private async readFile<T>(file: string): Promise<T | null> {
    const db = this.db<T>(file)
    await db.read()
    const data = db.data
    db.data = null // the caller owns the data now; a past day read for a report is not kept in memory
    return data
  }

  private async writeFile<T>(file: string, data: T): Promise<void> {
    const db = this.db<T>(file)
    db.data = data
    await db.write()
  }

  private dayFile = (date: string): string => join(this.dir, 'days', `${date}.json`)
  private aggregateFile = (date: string): string => join(this.dir, 'aggregates', `${date}.json`)

  readConfig(): Promise<Config | null> {
    return this.readFile<Config>(join(this.dir, 'config.json'))
  }

  writeConfig(config: Config): Promise<void> {
    return this.writeFile(join(this.dir, 'config.json'), config)
  }

  async readDay(date: string): Promise<DayState | null> {
    const day = await this.readFile<DayState>(this.dayFile(date))
    this.checkedDays.add(date)
    if (day?.closed) this.closedDays.add(date)
    return day
  }

  async writeDay(day: DayState): Promise<void> {
    if (!this.checkedDays.has(day.date)) await this.readDay(day.date)
    if (this.closedDays.has(day.date)) throw new ClosedDayError(day.date)
    await this.writeFile(this.dayFile(day.date), day)
    if (day.closed) this.closedDays.add(day.date)
  }

  async latestDay(): Promise<string | null> {
    const dates = (await readdir(join(this.dir, 'days'))).flatMap((f) => DAY_FILE.exec(f)?.[1] ?? []).sort()
    return dates.at(-1) ?? null
  }

  async writeAggregate(aggregate: DayAggregate): Promise<void> {
    await this.writeFile(this.aggregateFile(aggregate.date), aggregate)
    this.aggregates.set(aggregate.date, Promise.resolve(aggregate))
    this.files.delete(this.aggregateFile(aggregate.date))
  }

  async readAggregates(from: string, to: string): Promise<DayAggregate[]> {
    const dates = (await readdir(join(this.dir, 'aggregates'))).flatMap((f) => DAY_FILE.exec(f)?.[1] ?? []).filter((d) => d >= from && d <= to).sort()
    const out = await Promise.all(
      dates.map((date) => {
        let agg = this.aggregates.get(date)
        if (!agg) {
          const file = this.aggregateFile(date)
          agg = this.readFile<DayAggregate>(file).finally(() => this.files.delete(file))
          agg.catch(() => this.aggregates.delete(date)) // a failed read is tried again next time
          this.aggregates.set(date, agg)
        }
        return agg
      }),
    )
    return out.filter((a): a is DayAggregate => a !== null)
  }

  private lateFile = (date: string): string => join(this.dir, 'late', `${date}.jsonl`)

  async appendLateRecord(visitDate: string, record: LateRating): Promise<void> {
    await appendRecord(this.lateFile(visitDate), record)
  }

  readLateRecords(visitDate: string): Promise<LateRating[]> {
    return readRecords(this.lateFile(visitDate))
  }

  async close(): Promise<void> {
    this.files.clear()
  }
}
