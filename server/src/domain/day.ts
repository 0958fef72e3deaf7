import { LuotError, type RecordOf } from '@luot/shared'
import { decided } from './fold.js'
import type { Config, Ctx, DayState, Result } from './types.js'

export function newDay(date: string): DayState {
  return { version: 2, date, closed: false, seq: {}, tickets: [], counters: {}, audit: [], recentCalls: [] }
}

/** Throws unless the day can still change. */
export function assertOpenDay(day: DayState): void {
  if (day.closed) throw new LuotError('INTERNAL', `day ${day.date} is closed`)
}

/**
 * Ends a day: tickets still waiting or in service are cancelled with the reason "day-ended",
 * every counter is closed. The result is final; the store never rewrites it.
 */
export function closeDay(day: DayState, config: Config, ctx: Ctx): Result {
  assertOpenDay(day)
  const record: RecordOf<'day-closed'> = { v: 1, type: 'day-closed', at: ctx.now.toISOString(), counterIds: config.counters.map((c) => c.id) }
  return decided(day, [record], () => undefined)
}
