import type { ServiceView } from './schemas/views.js'

/**
 * The services after a `queue:changed`, which carries only the services that change touched (in
 * full): each of those replaces the one with its id, the others stay, in the snapshot's order. A
 * service the snapshot did not have (it cannot happen: a new service comes with a new snapshot)
 * is left out rather than put in a place nobody chose.
 */
export function mergeServices(current: ServiceView[], changed: ServiceView[]): ServiceView[] {
  if (changed.length === 0) return current
  const byId = new Map(changed.map((s) => [s.id, s]))
  return current.map((s) => byId.get(s.id) ?? s)
}
