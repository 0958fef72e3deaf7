import type { DayRecord } from '@luot/shared'
import { newDay } from '../domain/day.js'
import { applyRecords, RecordError } from '../domain/fold.js'
import type { DayState, DomainEvent } from '../domain/types.js'
import { summaryOf } from '../domain/day-summary.js'
import { CorruptDataError, type Store } from '../store/port.js'

/**
 * A day rebuilt from its journal: the fold of its records over an empty day. A record that cannot
 * follow the ones before it stops the server, naming the day and the record's position (its line
 * in the embedded journal, its seq in PostgreSQL). `from`: a checkpoint the records follow.
 */
export function replayDay(date: string, records: readonly DayRecord[], from?: { seq: number; state: DayState }): DayState {
  try {
    return applyRecords(from?.state ?? newDay(date), records, { events: false }).state
  } catch (err) {
    if (err instanceof RecordError) throw new CorruptDataError(`journal of ${date}`, (from?.seq ?? 0) + err.index + 1, err.message)
    throw err
  }
}

/**
 * Today as the store holds it: from its checkpoint and the records after it when the store has one
 * (`store/day-checkpoint.ts`), else replayed in full. `seq`: the records it holds; `checkpointSeq`: of them, those the checkpoint covered.
 */
export async function openDay(store: Store, date: string): Promise<{ day: DayState; seq: number; checkpointSeq: number }> {
  const checkpoint = (await store.readCheckpoint?.(date)) ?? undefined
  const checkpointSeq = checkpoint?.seq ?? 0
  const records = await store.readRecords(date, checkpointSeq + 1)
  const day = replayDay(date, records, checkpoint)
  summaryOf(day) // what every view reads (day-summary.ts), made now rather than on the first request
  return { day, seq: checkpointSeq + records.length, checkpointSeq }
}

/**
 * Every event of a day so far, replayed from its journal from the first record (not the
 * checkpoint: events carry each ticket as it was then). For listeners that must not miss one across
 * a crash, such as the webhook outbox catching up after a start; slow on a long day, so run it once,
 * after the server answers.
 */
export async function dayEvents(store: Store, date: string): Promise<DomainEvent[]> {
  return applyRecords(newDay(date), await store.readRecords(date, 1)).events
}
