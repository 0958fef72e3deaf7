import type { CounterChange, ServiceChange } from './schemas/queue-change.js'
import type { CounterView, ServiceView } from './schemas/views.js'

/**
 * The services after a `queue:changed`, which carries only the services that change touched, and
 * of those only what moved: each is laid over the one with its id, the others stay, in the
 * snapshot's order. A service the snapshot did not have (it cannot happen: a new service comes with
 * a new snapshot) is left out rather than put in a place nobody chose.
 */
export function mergeServices(current: ServiceView[], changed: ServiceChange[]): ServiceView[] {
  if (changed.length === 0) return current
  const byId = new Map(changed.map((s) => [s.id, s]))
  return current.map((s) => {
    const c = byId.get(s.id)
    return c ? { ...s, ...c } : s
  })
}

/**
 * A counter after a change: its number, name and services from the snapshot, everything else from
 * the change, so that a pause reason, a clerk or a ticket the change no longer has is gone.
 */
export const mergeCounter = (current: CounterView, change: CounterChange): CounterView => ({ ...change, id: current.id, number: current.number, name: current.name, serviceIds: current.serviceIds })

/** The counters after a change: each changed one merged in place (`mergeCounter`); one the snapshot lacks is left out. */
export function mergeCounters(current: CounterView[], changed: CounterChange[]): CounterView[] {
  if (changed.length === 0) return current
  const byId = new Map(changed.map((c) => [c.id, c]))
  return current.map((c) => {
    const ch = byId.get(c.id)
    return ch ? mergeCounter(c, ch) : c
  })
}
