import type { Store } from '../store/port.js'
import type { JournalWriter } from './journal-writer.js'

/** How often a checkpoint of the open day is written while serving: after this many records and this long. */
export interface CheckpointPace {
  records: number
  ms: number
}

/** Every 5 minutes at most, once 500 records were appended since the last one (about 100 tickets). */
export const CHECKPOINT_PACE: CheckpointPace = { records: 500, ms: 5 * 60_000 }

/**
 * When today's checkpoint (`store/day-checkpoint.ts`) is written: at a clean stop, and now and then
 * while serving, so a start after a crash or a power cut folds only the records since the last one
 * rather than the whole day. Writing one costs a few tens of milliseconds on a 10,000-ticket day
 * (the state as JSON), hence the pace. Backends without checkpoints (PostgreSQL) skip all of it.
 */
export class Checkpoints {
  private seq = 0
  private at = 0

  constructor(
    private readonly store: Store,
    private readonly pace: CheckpointPace,
    private readonly onError: (err: unknown) => void,
  ) {}

  /** The day was just opened, from a checkpoint covering `seq` records (0: replayed in full). */
  opened(seq: number, now: number): void {
    this.seq = seq
    this.at = now
  }

  /** Writes the checkpoint of the durable day when it is due, or at once when `now` is null (a clean stop). */
  async write(journal: JournalWriter, now: number | null): Promise<void> {
    const { durable, durableSeq } = journal
    if (!this.store.writeCheckpoint || durable.closed || durableSeq === this.seq) return
    if (now !== null && (durableSeq - this.seq < this.pace.records || now - this.at < this.pace.ms)) return
    try {
      await this.store.writeCheckpoint(durable.date, durableSeq, durable)
      this.seq = durableSeq
      this.at = now ?? this.at
    } catch (err) {
      this.onError(err) // a missing checkpoint only makes the next start slower
    }
  }
}
