import Type, { type Static } from 'typebox'
import { CallView, ClerkToday, CounterView, MissedTicketView, ServiceView, WaitingTicketView } from './views.js'

/**
 * Everything one group commit changed, as one message per screen (`queue:changed`): displays and
 * kiosks get the public part; staff consoles also get the waiting list and today's clerk figures.
 */
export const QueueChange = Type.Object({
  /** Calls and recalls, oldest first: a board announces each. */
  calls: Type.Array(CallView),
  /** The counters whose state, clerk or ticket changed. */
  counters: Type.Array(CounterView),
  /**
   * The services this change touched (a ticket of theirs, a counter serving them), each in full:
   * waiting count, estimate, cap. Screens merge them by id into their snapshot's list (`mergeServices`).
   */
  services: Type.Array(ServiceView),
  /** Staff only: the whole waiting list. */
  waiting: Type.Optional(Type.Array(WaitingTicketView)),
  /** Staff only: today's missed tickets that can still be called back. */
  missed: Type.Optional(Type.Array(MissedTicketView)),
  /** Staff only: today's per-clerk figures. */
  clerks: Type.Optional(Type.Array(ClerkToday)),
})
export type QueueChange = Static<typeof QueueChange>
