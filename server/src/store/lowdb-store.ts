import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import type { Static, TSchema } from 'typebox'
import { AggregateFile, ConfigFile, DayFile } from '@luot/shared'
import type { DayAggregate } from '../domain/aggregate.js'
import type { Config, DayState } from '../domain/types.js'
import { readConfigFile } from './config-file.js'
import { DurableJsonFile } from './durable-adapter.js'
import { fsyncDir } from './durable-file.js'
import { ClosedDayError, type Store } from './port.js'

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/

/**
 * The embedded store: lowdb over durable JSON files. `config.json` holds the configuration;
 * `days/<date>.json` one day each, so a write costs the same on day 400 as on day 1;
 * `aggregates/<date>.json` what statistics read, written when a day closes.
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
    for (const d of [dir, join(dir, 'days'), join(dir, 'aggregates')]) await mkdir(d, { recursive: true })
    await fsyncDir(dir)
    return new LowdbStore(dir)
  }

  /** Every file is read through its schema: a file that does not fit stops the caller, naming it. */
  private db<S extends TSchema>(file: string, schema: S): Low<Static<S> | null> {
    let db = this.files.get(file)
    if (!db) this.files.set(file, (db = new Low<unknown>(new DurableJsonFile(file, schema) as Adapter<unknown>, null)))
    return db as Low<Static<S> | null>
  }

  private async readFile<S extends TSchema>(file: string, schema: S): Promise<Static<S> | null> {
    const db = this.db(file, schema)
    await db.read()
    const data = db.data
    db.data = null // the caller owns the data now; a past day read for a report is not kept in memory
    return data
  }

  private async writeFile<S extends TSchema>(file: string, schema: S, data: Static<S>): Promise<void> {
    const db = this.db(file, schema)
    db.data = data
    await db.write()
  }

  private dayFile = (date: string): string => join(this.dir, 'days', `${date}.json`)
  private aggregateFile = (date: string): string => join(this.dir, 'aggregates', `${date}.json`)

  /** The configuration, checked; a version-1 file is migrated and written back durably once. */
  async readConfig(): Promise<Config | null> {
    const read = await readConfigFile(this.dir)
    if (read?.migrated) await this.writeConfig(read.config)
    return read?.config ?? null
  }

  writeConfig(config: Config): Promise<void> {
    return this.writeFile(join(this.dir, 'config.json'), ConfigFile, config)
  }

  async readDay(date: string): Promise<DayState | null> {
    const day: DayState | null = await this.readFile(this.dayFile(date), DayFile)
    this.checkedDays.add(date)
    if (day?.closed) this.closedDays.add(date)
    return day
  }

  async writeDay(day: DayState): Promise<void> {
    if (!this.checkedDays.has(day.date)) await this.readDay(day.date)
    if (this.closedDays.has(day.date)) throw new ClosedDayError(day.date)
    await this.writeFile(this.dayFile(day.date), DayFile, day)
    if (day.closed) this.closedDays.add(day.date)
  }

  async latestDay(): Promise<string | null> {
    const dates = (await readdir(join(this.dir, 'days'))).flatMap((f) => DAY_FILE.exec(f)?.[1] ?? []).sort()
    return dates.at(-1) ?? null
  }

  async writeAggregate(aggregate: DayAggregate): Promise<void> {
    await this.writeFile(this.aggregateFile(aggregate.date), AggregateFile, aggregate)
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
          agg = this.readFile(file, AggregateFile).finally(() => this.files.delete(file))
          agg.catch(() => this.aggregates.delete(date)) // a failed read is tried again next time
          this.aggregates.set(date, agg)
        }
        return agg
      }),
    )
    return out.filter((a): a is DayAggregate => a !== null)
  }

  async close(): Promise<void> {
    this.files.clear()
  }
}
