import type { CounterView, ServiceView, StaffSnapshot, WaitingTicketView } from '@luot/shared'

/** Waiting tickets a counter may call: its services' (not sent elsewhere) and those sent to it; oldest first. */
export function waitingFor(counter: CounterView, waiting: WaitingTicketView[]): WaitingTicketView[] {
  return waiting
    .filter((w) => (w.targetCounterId === undefined ? counter.serviceIds.includes(w.serviceId) : w.targetCounterId === counter.id))
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt))
}

/**
 * The counter the console shows: the one this clerk is signed in at (the server knows), else the
 * one they picked, else their assigned one, else the first.
 */
export function currentCounter(snapshot: StaffSnapshot, pickedId: string | null): CounterView | undefined {
  const { counters, me } = snapshot
  return counters.find((c) => c.clerkId === me.id) ?? counters.find((c) => c.id === pickedId) ?? counters.find((c) => c.id === me.counterId) ?? counters[0]
}

/** Seconds the oldest waiting ticket of a service has waited, or null when none waits. */
export function longestWaitSeconds(serviceId: string, waiting: WaitingTicketView[], nowMs: number): number | null {
  let oldest: number | null = null
  for (const w of waiting) {
    if (w.serviceId !== serviceId) continue
    const at = Date.parse(w.queuedAt)
    if (oldest === null || at < oldest) oldest = at
  }
  return oldest === null ? null : Math.max(0, (nowMs - oldest) / 1000)
}

export interface OverdueTicket {
  ticket: WaitingTicketView
  service: ServiceView | undefined
  waitedSeconds: number
}

/** Waiting tickets past their service's target wait, longest first. */
export function overdueTickets(waiting: WaitingTicketView[], services: ServiceView[], nowMs: number): OverdueTicket[] {
  const out: OverdueTicket[] = []
  for (const w of waiting) {
    const service = services.find((s) => s.id === w.serviceId)
    const waitedSeconds = (nowMs - Date.parse(w.queuedAt)) / 1000
    if (service && waitedSeconds > service.targetWaitMinutes * 60) out.push({ ticket: w, service, waitedSeconds })
  }
  return out.sort((a, b) => b.waitedSeconds - a.waitedSeconds)
}
