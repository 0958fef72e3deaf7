import type { DayRecord } from '@luot/shared'
import { applyRecords } from '../domain/fold.js'
import type { DayState, DomainEvent, Result } from '../domain/types.js'
import { AppendConflictError, ClosedDayError } from '../store/port.js'

/** A command run on the in-memory day: re-run after a conflict, on top of the records it missed. */
export type DayCommand<T> = (day: DayState) => Result<T>

interface Pending {
  run: DayCommand<unknown>
  result: Result<unknown>
  resolve: (r: Result<unknown>) => void
  reject: (err: unknown) => void
}

/** What the writer needs from the store and gives to the service. */
export interface JournalHost {
  append(date: string, at: number, records: DayRecord[]): Promise<void>
  readRecords(date: string, from: number): Promise<DayRecord[]>
  /** Commands' records are durable: their events, in command order (one call per group commit). */
  published(events: DomainEvent[]): void
  /** Records read from the store could not be folded in (corrupt data): every waiting command was refused. */
  failed(err: unknown): void
}

/**
 * Group commit for one day's journal. A command runs at once on the in-memory head (so the next
 * one sees it), then waits until an append that includes its records is durable. While one append
 * runs, later commands gather; the next append carries them all in one write and one fsync.
 *
 * - An append that fails refuses every command not yet durable; the head rolls back to the last
 *   durable state.
 * - An `AppendConflictError` (another process appended first): the writer reads the records it
 *   missed, folds them in (publishing their events), runs the waiting commands again on top and
 *   appends again. A command that no longer applies (its ticket was called elsewhere) is refused
 *   with its own domain error.
 * - `catchUp()` does the same on request (a notice that another process appended).
 */
export class JournalWriter {
  /** The day as durably stored, and how many records it holds. */
  durable: DayState
  durableSeq: number
  /** The day after every command applied, durable or not. */
  head: DayState
  private waiting: Pending[] = []
  private running: Promise<void> | null = null
  private catchUpWanted = false

  constructor(
    private readonly host: JournalHost,
    day: DayState,
    seq: number,
  ) {
    this.durable = this.head = day
    this.durableSeq = seq
  }

  /** Runs the command on the head now (throwing its domain error at once); resolves once it is durable. */
  submit<T>(run: DayCommand<T>): Promise<Result<T>> {
    const result = run(this.head)
    if (result.records.length === 0 && !this.busy) return Promise.resolve(result)
    this.head = result.state
    const p = new Promise<Result<T>>((resolve, reject) => this.waiting.push({ run, result, resolve: resolve as Pending['resolve'], reject }))
    this.kick()
    return p
  }

  /** Reads and folds in records appended by another process, at the next chance. */
  catchUp(): Promise<void> {
    this.catchUpWanted = true
    this.kick()
    return this.flush()
  }

  /** Resolves once nothing is waiting or being written. */
  async flush(): Promise<void> {
    while (this.running) await this.running
  }

  private get busy(): boolean {
    return this.waiting.length > 0 || this.running !== null
  }

  private kick(): void {
    this.running ??= this.drain()
      .catch((err) => this.host.failed(err))
      .finally(() => (this.running = null))
  }

  private async drain(): Promise<void> {
    while (this.waiting.length || this.catchUpWanted) {
      if (this.catchUpWanted) {
        this.catchUpWanted = false
        await this.readMissed(false)
        continue
      }
      const batch = this.waiting.splice(0)
      const records = batch.flatMap((p) => p.result.records)
      const after = batch.at(-1)!.result.state
      try {
        if (records.length) await this.host.append(this.durable.date, this.durableSeq + 1, records)
      } catch (err) {
        this.waiting.unshift(...batch)
        if ((err instanceof AppendConflictError || err instanceof ClosedDayError) && (await this.readMissed(true))) continue
        this.refuseAll(err)
        continue
      }
      this.durable = after
      this.durableSeq += records.length
      this.host.published(batch.flatMap((p) => p.result.events))
      for (const p of batch) p.resolve(p.result)
    }
  }

  /** Folds in what other processes appended and re-runs the waiting commands on top; false when nothing was missed. */
  private async readMissed(conflict: boolean): Promise<boolean> {
    let missed: DayRecord[]
    try {
      missed = await this.host.readRecords(this.durable.date, this.durableSeq + 1)
    } catch (err) {
      if (conflict) this.refuseAll(err)
      return false
    }
    if (missed.length === 0) return false
    let folded: ReturnType<typeof applyRecords>
    try {
      folded = applyRecords(this.durable, missed)
    } catch (err) {
      this.refuseAll(err)
      throw err
    }
    const { state, events } = folded
    this.durable = this.head = state
    this.durableSeq += missed.length
    this.host.published(events)
    const again = this.waiting.splice(0)
    for (const p of again) {
      try {
        p.result = p.run(this.head)
      } catch (err) {
        p.reject(err)
        continue
      }
      this.head = p.result.state
      this.waiting.push(p)
    }
    return true
  }

  private refuseAll(err: unknown): void {
    const failed = this.waiting.splice(0)
    this.head = this.durable
    for (const p of failed) p.reject(err)
  }
}
