import Type, { type Static } from 'typebox'
import { CallView, ClerkToday, CounterView, MissedTicketView, ServiceView, WaitingTicketView } from './views.js'

/**
 * What of a counter a day's commands change: its state, clerk and ticket. Its number, name and
 * services come with the snapshot (a configuration change sends a new one); screens put the two
 * together with `mergeCounter`.
 */
export const CounterChange = Type.Omit(CounterView, ['number', 'name', 'serviceIds'])
export type CounterChange = Static<typeof CounterChange>

/** What of a service a day's commands change: its queue, estimate, cap and open counters (`mergeServices`). */
export const ServiceChange = Type.Pick(ServiceView, ['id', 'waiting', 'estimatedWaitMinutes', 'issuedToday', 'capReached', 'openCounterNumbers'])
export type ServiceChange = Static<typeof ServiceChange>

/**
 * Everything one group commit changed, as one message per screen (`queue:changed`): displays and
 * kiosks get the public part; staff consoles also get the waiting list and today's clerk figures.
 */
export const QueueChange = Type.Object({
  /** Calls and recalls, oldest first: a board announces each. */
  calls: Type.Array(CallView),
  /** The counters whose state, clerk or ticket changed: those parts only. */
  counters: Type.Array(CounterChange),
  /**
   * The services this change touched (a ticket of theirs, a counter serving them): waiting count,
   * estimate, cap, open counters. Screens merge them by id into their snapshot's list (`mergeServices`).
   * A call to 500 screens is sent 500 times, so it carries only what moved.
   */
  services: Type.Array(ServiceChange),
  /** Staff only: the whole waiting list. */
  waiting: Type.Optional(Type.Array(WaitingTicketView)),
  /** Staff only: today's missed tickets that can still be called back. */
  missed: Type.Optional(Type.Array(MissedTicketView)),
  /** Staff only: today's per-clerk figures. */
  clerks: Type.Optional(Type.Array(ClerkToday)),
})
export type QueueChange = Static<typeof QueueChange>
