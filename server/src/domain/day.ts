import { LuotError } from '@luot/shared'
import type { Config, CounterRuntime, Ctx, DayState, DomainEvent, Result } from './types.js'

export const RECENT_CALLS = 20

export function newDay(date: string): DayState {
  return { version: 1, date, closed: false, seq: {}, tickets: [], counters: {}, audit: [], idempotency: {}, recentCalls: [] }
}

export function counterRuntime(day: DayState, counterId: string): CounterRuntime {
  return day.counters[counterId] ?? { state: 'closed', normalsSincePriority: 0 }
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
  const at = ctx.now.toISOString()
  const events: DomainEvent[] = []
  const tickets = day.tickets.map((t) => {
    if (t.status !== 'waiting' && t.status !== 'called' && t.status !== 'serving') return t
    const ended = { ...t, status: 'cancelled' as const, cancelReason: 'day-ended', finishedAt: at, history: [...t.history, { at, action: 'cancelled' as const }] }
    events.push({ type: 'ticket-changed', ticket: ended })
    return ended
  })
  const counters: DayState['counters'] = {}
  for (const c of config.counters) {
    counters[c.id] = { state: 'closed', normalsSincePriority: 0 }
    if (day.counters[c.id]?.state !== 'closed') events.push({ type: 'counter-changed', counterId: c.id })
  }
  return { state: { ...day, tickets, counters, closed: true, closedAt: at }, events, value: undefined }
}
