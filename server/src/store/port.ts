import type { DayRecord, DayState, LateRating } from '@luot/shared'
import type { DayAggregate } from '../domain/aggregate.js'
import type { Config } from '../domain/types.js'
import { StartupError } from '../startup-error.js'

/**
 * The storage port: everything the queue service needs from a backend, and nothing more. A day is
 * an append-only journal of records (facts the domain decided, see `shared/src/schemas/records.ts`);
 * its state is the fold of its records (`domain/fold.ts`), so a backend stores and returns records
 * and never interprets them. Backends: the embedded day journal (`journal-store.ts`, the default),
 * PostgreSQL (`pg/`, several processes), in memory (`memory-store.ts`, tests).
 *
 * Sequence numbers: the records of a day are numbered 1, 2, 3 … without gaps, in the order they
 * were appended. A process that has applied records 1..n appends the next ones at n + 1.
 *
 * What every backend guarantees (`test/integration/store-conformance.test.ts` checks it):
 * - every method that writes resolves only once the write is durable (fsync / COMMIT); a rejected
 *   write left nothing behind that a later read returns;
 * - records read back are exactly the records appended, in order, checked against the shared
 *   schemas; data that fails the check stops the server with a `CorruptDataError` naming where it
 *   is; nothing is ever silently reset, re-created or overwritten;
 * - a closed day (its journal ends with a `day-closed` record) is never written again.
 */
export interface Store {
  readConfig(): Promise<Config | null>
  writeConfig(config: Config): Promise<void>
  /**
   * Only for backends several processes share: the first configuration of a centre when several
   * start at once on an empty database. The first write wins; every caller gets that one back.
   */
  writeFirstConfig?(config: Config): Promise<Config>
  /**
   * Only for backends several processes share: stores `config` only if the stored configuration is
   * still `base` (the one the change was made on), in one step; false when another process stored
   * another one first. Two admins saving at once on two processes then never lose one's change.
   */
  replaceConfig?(base: Config, config: Config): Promise<boolean>

  /** The newest day that has a journal, if any. */
  latestDay(): Promise<string | null>

  /**
   * The records of `date` with seq ≥ `from` (default 1), in seq order; [] when there are none.
   * Used at start (replay) and to catch up after an `AppendConflictError` or a `watch` notice.
   */
  readRecords(date: string, from?: number): Promise<DayRecord[]>

  /**
   * Only for the embedded journal: the state of an open day as of its first `seq` records, from a
   * checkpoint written at the last clean stop (`day-checkpoint.ts`), or null. After it, the caller
   * reads `readRecords(date, seq + 1)` and folds only those. A cache: null (replay all) is always right.
   */
  readCheckpoint?(date: string): Promise<{ seq: number; state: DayState } | null>
  /** Only with `readCheckpoint`: records `state` as the fold of the first `seq` records of `date` (on a clean stop). */
  writeCheckpoint?(date: string, seq: number, state: DayState): Promise<void>

  /**
   * Appends `records` to the journal of `date` as seq `at`, `at + 1`, … (one atomic unit: all or
   * none), and resolves once they are durable; only then may the commands that produced them be
   * acknowledged. Rejects with:
   * - `AppendConflictError` when the journal already holds seq `at` (another process appended
   *   first). Nothing of this call is stored. The caller reads the missing records with
   *   `readRecords(date, at)`, folds them in, runs its commands again and appends at the new end.
   * - `ClosedDayError` when the day is closed.
   * - anything else: the write failed (disk, connection); nothing of it is acknowledged, and the
   *   caller may append again at the same `at` later.
   * A single-writer backend (the embedded journal) may trust `at` instead of checking it.
   */
  append(date: string, at: number, records: DayRecord[]): Promise<void>

  /**
   * Stores what a closed day leaves behind: its final state (the snapshot) and its aggregate (what
   * statistics read). Called after the `day-closed` record is durable, and again at start when a
   * crash came between the two (when `readAggregates` lacks a closed day). Writing the same day
   * twice stores the same content; durable before it resolves.
   */
  writeClosedDay(state: DayState, aggregate: DayAggregate): Promise<void>

  /** The final state of a closed day, as `writeClosedDay` stored it; null for an open or unknown day. */
  readClosedDay(date: string): Promise<DayState | null>

  /** Aggregates of closed days in [from, to], oldest first. */
  readAggregates(from: string, to: string): Promise<DayAggregate[]>

  /**
   * Only for backends shared by several processes (PostgreSQL): calls `onAppended(date, seq)`
   * after another process appended records to `date` up to `seq`, so this process reads them with
   * `readRecords`, keeps its in-memory day current and emits their events. Notices may come late,
   * twice or out of order (the caller reads from its own last seq, so a stale notice costs one
   * empty read); one may be missed while the connection is down, so a backend calls
   * `onAppended(date, 0)` after it reconnects. Resolves, with the unsubscribe function, once
   * notices are being listened for (or after a bounded wait, when the connection is slow to come
   * up; its reconnect then catches up), so the caller can read once more and miss nothing between.
   * A backend that is the only writer of its data (embedded, memory) leaves it out.
   */
  watch?(onAppended: (date: string, seq: number) => void): Promise<() => void>

  /**
   * Ratings given after their visit day closed (see `queue/late-ratings.ts`): one append-only,
   * durable record each, kept apart from the closed day, whose journal and snapshot never change.
   */
  appendLateRecord(visitDate: string, record: LateRating): Promise<void>
  /** The late records of a visit day, oldest first; [] when there are none. */
  readLateRecords(visitDate: string): Promise<LateRating[]>
  /** Replaces a closed day's aggregate once late ratings amend it; durable (tmp + fsync + rename) before it resolves. */
  writeAggregate(aggregate: DayAggregate): Promise<void>

  close(): Promise<void>
}

/** Another process appended to the day first: read the records from `at`, replay, run the command again. */
export class AppendConflictError extends Error {
  constructor(
    readonly date: string,
    readonly at: number,
  ) {
    super(`journal of ${date} already holds seq ${at}: another process appended first`)
    this.name = 'AppendConflictError'
  }
}

export class ClosedDayError extends Error {
  constructor(readonly date: string) {
    super(`day ${date} is closed and is never rewritten`)
    this.name = 'ClosedDayError'
  }
}

/**
 * Stored data that cannot be read back as what was written (a bad journal line, a file or row that
 * does not parse or has the wrong shape). The server stops and names it; the data is left as it is.
 */
export class CorruptDataError extends StartupError {
  constructor(
    /** File path (embedded) or table and key (PostgreSQL). */
    readonly where: string,
    /** 1-based line in the file or seq in the journal, when the problem is one record. */
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${where}${line === undefined ? '' : `, line ${line}`}: ${reason.replace(/\s+/g, ' ')}. Lượt will not start and will not overwrite it: restore it from a backup or move it aside.`)
    this.name = 'CorruptDataError'
  }
}
