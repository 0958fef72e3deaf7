import type { DayRecord } from '@luot/shared'

/** True when a journal ending with this record belongs to a closed day: nothing may follow it. */
export const isClosingRecord = (r: DayRecord): boolean => r.type === 'day-closed' || (r.type === 'day-migrated' && r.state.closed)
