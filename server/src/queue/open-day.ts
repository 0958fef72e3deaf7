import type { DayRecord } from '@luot/shared'
import { newDay } from '../domain/day.js'
import { applyRecords, RecordError } from '../domain/fold.js'
import type { DayState } from '../domain/types.js'
import { CorruptDataError } from '../store/port.js'

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
