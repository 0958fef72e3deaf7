import type { CallView, CounterChange, CounterView, PublicSnapshot, ServiceChange } from '@luot/shared'
import { mergeCounters, mergeServices } from '@luot/shared/merge-change'
import { clockOffset } from '@luot/shared/client/server-clock'

/** How long a new call blinks on the board. */
export const FLASH_MS = 8000
/** Calls kept for the board (newest first, one per ticket). */
export const MAX_CALLS = 12
/** At a resync, a call made while the board was away still blinks and is announced if this recent. */
export const MISSED_CALL_WINDOW_MS = 120_000

/** One line of the board's call list. */
export interface BoardCall {
  call: CallView
  /** Local clock (ms) until which it blinks; 0 for calls the board learnt from its first snapshot. */
  flashUntil: number
}

export type Connection = 'connecting' | 'online' | 'offline'

/** What every display screen renders: the last snapshot with the events applied since. */
export interface DisplayState {
  snapshot: PublicSnapshot | null
  calls: BoardCall[]
  connection: Connection
  /** Server clock minus local clock at the last snapshot, so the board's clock shows the centre's time. */
  clockOffsetMs: number
}

export const initialState: DisplayState = { snapshot: null, calls: [], connection: 'connecting', clockOffsetMs: 0 }

export type DisplayAction =
  | { type: 'snapshot'; snapshot: PublicSnapshot; now: number }
  | { type: 'called'; call: CallView; now: number }
  | { type: 'counter'; counter: CounterChange }
  | { type: 'services'; services: ServiceChange[] }
  | { type: 'connection'; connection: Connection }

/** Whether the board has already shown this call (or a later recall of the same ticket). */
export function knowsCall(state: DisplayState, call: CallView): boolean {
  return state.calls.some((c) => c.call.ticketId === call.ticketId && c.call.recalls >= call.recalls)
}

/**
 * Calls in a resync snapshot the board never saw, oldest first: made while it was disconnected.
 * None on the first snapshot (a board just switched on does not replay the morning).
 */
export function missedCalls(state: DisplayState, snapshot: PublicSnapshot): CallView[] {
  if (state.snapshot === null || state.snapshot.date !== snapshot.date) return []
  const cutoff = Date.parse(snapshot.serverTime) - MISSED_CALL_WINDOW_MS
  return latestPerTicket(snapshot.recentCalls)
    .filter((c) => Date.parse(c.calledAt) >= cutoff && !knowsCall(state, c))
    .reverse()
}

/** Newest first, one entry per ticket (its latest recall). */
function latestPerTicket(calls: readonly CallView[]): CallView[] {
  const sorted = [...calls].sort((a, b) => Date.parse(b.calledAt) - Date.parse(a.calledAt) || b.recalls - a.recalls)
  const seen = new Set<string>()
  return sorted.filter((c) => {
    if (seen.has(c.ticketId)) return false
    seen.add(c.ticketId)
    return true
  })
}

/** A counter the snapshot lacks is left out: a new counter comes with a new snapshot. */
const withCounter = (snapshot: PublicSnapshot, counter: CounterChange): PublicSnapshot => ({ ...snapshot, counters: mergeCounters(snapshot.counters, [counter]) })

/** The one place display state changes: replace on snapshot, then apply events. */
export function reduce(state: DisplayState, action: DisplayAction): DisplayState {
  switch (action.type) {
    case 'snapshot': {
      const missed = new Set(missedCalls(state, action.snapshot).map((c) => c.ticketId))
      const calls = latestPerTicket(action.snapshot.recentCalls)
        .slice(0, MAX_CALLS)
        .map((call) => {
          const before = state.calls.find((c) => c.call.ticketId === call.ticketId && c.call.recalls === call.recalls)
          return { call, flashUntil: missed.has(call.ticketId) ? action.now + FLASH_MS : (before?.flashUntil ?? 0) }
        })
      return { snapshot: action.snapshot, calls, connection: 'online', clockOffsetMs: clockOffset(action.snapshot.serverTime, action.now) }
    }
    case 'called': {
      if (knowsCall(state, action.call)) return state
      const rest = state.calls.filter((c) => c.call.ticketId !== action.call.ticketId)
      return { ...state, calls: [{ call: action.call, flashUntil: action.now + FLASH_MS }, ...rest].slice(0, MAX_CALLS) }
    }
    case 'counter':
      return state.snapshot ? { ...state, snapshot: withCounter(state.snapshot, action.counter) } : state
    case 'services':
      return state.snapshot ? { ...state, snapshot: { ...state.snapshot, services: mergeServices(state.snapshot.services, action.services) } } : state
    case 'connection':
      return { ...state, connection: action.connection }
  }
}

/** Whether a counter's tile blinks: its current ticket was just called. */
export function counterFlashing(state: DisplayState, counter: CounterView, now: number): boolean {
  const id = counter.current?.ticketId
  return id !== undefined && state.calls.some((c) => c.call.ticketId === id && c.call.counterId === counter.id && c.flashUntil > now)
}
