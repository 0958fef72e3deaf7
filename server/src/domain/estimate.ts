import { summaryOf } from './day-summary.js'
import type { Config, DayState } from './types.js'

/** Mean service minutes of the service's latest finished tickets today, else its configured default. */
export function recentServiceMinutes(day: DayState, config: Config, serviceId: string): number {
  const positions = summaryOf(day).recentDone.get(serviceId) ?? []
  let sum = 0
  for (const i of positions) {
    const t = day.tickets[i]!
    sum += (Date.parse(t.finishedAt!) - Date.parse(t.startedAt!)) / 60_000
  }
  if (positions.length > 0) return sum / positions.length
  return config.services.find((s) => s.id === serviceId)?.defaultServiceMinutes ?? 10
}

/** Counters open now (not paused or closed) that serve the service. */
export function openCountersFor(day: DayState, config: Config, serviceId: string): number {
  return config.counters.filter((c) => c.serviceIds.includes(serviceId) && day.counters[c.id]?.state === 'open').length
}

/**
 * Minutes until a ticket with `ahead` people before it is called: the people ahead share the open
 * counters, each taking the recent mean service time. With no counter open yet, one is assumed.
 */
export function estimateWaitMinutes(day: DayState, config: Config, serviceId: string, ahead: number): number {
  const counters = Math.max(1, openCountersFor(day, config, serviceId))
  return Math.round((ahead * recentServiceMinutes(day, config, serviceId)) / counters)
}
