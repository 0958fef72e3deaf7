import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AggregateFile, ConfigFile, DayState, type DayRecord, type LateRating } from '@luot/shared'
import type { DayAggregate } from '../domain/aggregate.js'
import type { Config } from '../domain/types.js'
import { lockDataDir } from './data-dir-lock.js'
import { fsyncDir } from './durable-file.js'
import { isClosingRecord } from './closing.js'
import { readCheckpoint, removeCheckpoint, writeCheckpoint } from './day-checkpoint.js'
import { JournalFile, scanJournal, type JournalScan, type JournalStart } from './journal-file.js'
import { JsonFiles } from './json-files.js'
import { appendRecord as appendLateRecord, readRecords as readLateRecords } from './late-records-file.js'
import { migrateLegacyDays } from './legacy-migration.js'
import { readConfigFile } from './config-file.js'
import { backUpBeforeUpgrade } from './upgrade-backup.js'
import { AppendConflictError, ClosedDayError, type Store } from './port.js'

const JOURNAL = /^(\d{4}-\d{2}-\d{2})\.jsonl$/
const AGGREGATE = /^(\d{4}-\d{2}-\d{2})\.json$/

export interface JournalStoreOptions {
  /** Where a cut torn line and a migration are reported (default: console.warn). */
  log?: (message: string) => void
}

/**
 * The embedded store (default, no set-up), in one data directory:
 * - `config.json`: the configuration (lowdb, durable writes);
 * - `days/<date>.jsonl`: each day's journal, one record a line, appended and fdatasync-ed;
 * - `snapshots/<date>.json`: a closed day's final state; `aggregates/<date>.json`: what statistics read
 *   (replaced, durably, when a late rating amends it);
 * - `late/<date>.jsonl`: ratings given after that day closed, one record a line, fsync-ed;
 * - `checkpoints/<date>.checkpoint`: an open day's state at the last clean stop (`day-checkpoint.ts`).
 * One process owns the directory (`luot.lock` holds its id; a second server is refused): it is the
 * only writer, so an append never conflicts.
 */
export class JournalStore implements Store {
  private readonly files = new JsonFiles()
  /** Journals open for appending, by date (as promises: two first appends share one open). */
  private readonly open = new Map<string, Promise<JournalFile>>()
  /** Where a day's journal is read from after its checkpoint was taken (see `readCheckpoint`). */
  private readonly starts = new Map<string, JournalStart>()
  private readonly log: (message: string) => void
  private release: () => Promise<void> = async () => undefined

  private constructor(
    readonly dir: string,
    opts: JournalStoreOptions,
  ) {
    this.log = opts.log ?? ((m) => console.warn(m))
  }

  static async open(dir: string, opts: JournalStoreOptions = {}): Promise<JournalStore> {
    for (const d of [dir, join(dir, 'days'), join(dir, 'snapshots'), join(dir, 'aggregates'), join(dir, 'late'), join(dir, 'checkpoints')]) await mkdir(d, { recursive: true })
    await fsyncDir(dir)
    const store = new JournalStore(dir, opts)
    store.release = await lockDataDir(dir)
    await backUpBeforeUpgrade(dir, store.log)
    await migrateLegacyDays(store.daysDir, (state) => store.files.write(store.snapshotFile(state.date), DayState, state), store.log)
    return store
  }

  private get daysDir(): string {
    return join(this.dir, 'days')
  }
  private journalFile = (date: string): string => join(this.daysDir, `${date}.jsonl`)
  private snapshotFile = (date: string): string => join(this.dir, 'snapshots', `${date}.json`)
  private aggregateFile = (date: string): string => join(this.dir, 'aggregates', `${date}.json`)
  private checkpointFile = (date: string): string => join(this.dir, 'checkpoints', `${date}.checkpoint`)

  /** The configuration, checked (store/config-file.ts); a version-1 file is migrated and written back durably once. */
  async readConfig(): Promise<Config | null> {
    const read = await readConfigFile(this.dir)
    if (read?.migrated) await this.writeConfig(read.config)
    return read?.config ?? null
  }

  writeConfig(config: Config): Promise<void> {
    return this.files.write(join(this.dir, 'config.json'), ConfigFile, config)
  }

  async latestDay(): Promise<string | null> {
    const dates = (await readdir(this.daysDir)).flatMap((f) => JOURNAL.exec(f)?.[1] ?? []).sort()
    return dates.at(-1) ?? null
  }

  /**
   * A journal open for appending is read only up to what was acknowledged; otherwise a torn tail is
   * cut first. Reading from just after a checkpoint (`readCheckpoint`) parses only the lines after it.
   */
  async readRecords(date: string, from = 1): Promise<DayRecord[]> {
    const appending = this.open.get(date)
    const path = this.journalFile(date)
    const checkpoint = this.starts.get(date)
    const start = checkpoint && from > checkpoint.seq ? checkpoint : undefined
    if (checkpoint) this.starts.set(date, { seq: checkpoint.seq, bytes: checkpoint.bytes }) // its content serves one scan
    const after = (scan: JournalScan | null): DayRecord[] => (scan?.records ?? []).slice(from - 1 - (start?.seq ?? 0))
    if (appending) return after(await scanJournal(path, (await appending).size, start))
    const scan = await scanJournal(path, Infinity, start)
    // a day still open is about to be appended to: open it with this scan rather than read it twice
    const last = scan?.records.at(-1)
    const closed = last !== undefined && isClosingRecord(last)
    if (scan && (scan.torn || !closed)) await this.journal(date, scan)
    return after(scan)
  }

  /** The state of an open day as of its checkpoint, if one matches the journal (see `day-checkpoint.ts`). */
  async readCheckpoint(date: string): Promise<{ seq: number; state: DayState } | null> {
    if (this.open.has(date)) return null
    let journal: Buffer
    try {
      journal = await readFile(this.journalFile(date))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
    const checkpoint = await readCheckpoint(this.checkpointFile(date), date, journal, this.log)
    if (!checkpoint || checkpoint.state.closed) return null
    this.starts.set(date, { seq: checkpoint.seq, bytes: checkpoint.bytes, content: journal })
    return { seq: checkpoint.seq, state: checkpoint.state }
  }

  /** Writes the checkpoint of an open day whose first `seq` records, all durable, fold to `state`. */
  async writeCheckpoint(date: string, seq: number, state: DayState): Promise<void> {
    const j = await this.open.get(date)?.catch(() => undefined)
    if (!j || j.closed || state.closed || j.count !== seq) return
    await writeCheckpoint(this.checkpointFile(date), this.journalFile(date), seq, j.size, state)
  }

  /** Opens a day's journal for appending (once), cutting and logging a torn last line. */
  private async journal(date: string, scanned?: JournalScan): Promise<{ file: JournalFile; records: DayRecord[] }> {
    const path = this.journalFile(date)
    const scan = scanned ?? (await scanJournal(path))
    if (scan?.torn) this.log(`${path}: cut a torn last line (${scan.torn} bytes after line ${scan.count}); it was never acknowledged`)
    let opening = this.open.get(date)
    if (!opening) {
      opening = JournalFile.open(path, this.daysDir, scan)
      this.open.set(date, opening)
      opening.catch(() => this.open.delete(date)) // tried again on the next append
    }
    return { file: await opening, records: scan?.records ?? [] }
  }

  async append(date: string, at: number, records: DayRecord[]): Promise<void> {
    const j = await (this.open.get(date) ?? this.journal(date).then((x) => x.file))
    if (j.closed) throw new ClosedDayError(date)
    if (at !== j.count + 1) throw new AppendConflictError(date, at)
    await j.append(records)
  }

  async writeClosedDay(state: DayState, aggregate: DayAggregate): Promise<void> {
    const j = await (this.open.get(state.date) ?? this.journal(state.date).then((x) => x.file))
    if (!j.closed || !state.closed) throw new Error(`day ${state.date} is not closed in its journal`)
    await this.files.write(this.snapshotFile(state.date), DayState, state)
    await this.files.write(this.aggregateFile(aggregate.date), AggregateFile, aggregate)
    await removeCheckpoint(this.checkpointFile(state.date))
  }

  async readClosedDay(date: string): Promise<DayState | null> {
    return this.files.read(this.snapshotFile(date), DayState)
  }

  async readAggregates(from: string, to: string): Promise<DayAggregate[]> {
    const dates = (await readdir(join(this.dir, 'aggregates'))).flatMap((f) => AGGREGATE.exec(f)?.[1] ?? []).filter((d) => d >= from && d <= to).sort()
    return this.files.readAll(dates.map(this.aggregateFile), AggregateFile)
  }

  private lateFile = (date: string): string => join(this.dir, 'late', `${date}.jsonl`)

  appendLateRecord(visitDate: string, record: LateRating): Promise<void> {
    return appendLateRecord(this.lateFile(visitDate), record)
  }

  readLateRecords(visitDate: string): Promise<LateRating[]> {
    return readLateRecords(this.lateFile(visitDate))
  }

  writeAggregate(aggregate: DayAggregate): Promise<void> {
    return this.files.write(this.aggregateFile(aggregate.date), AggregateFile, aggregate)
  }

  async close(): Promise<void> {
    const journals = [...this.open.values()]
    this.open.clear()
    await Promise.all(journals.map((j) => j.then((f) => f.close(), () => undefined)))
    await this.release()
  }
}
