import { clockOffset } from '@luot/shared/client/server-clock'
import type { Alert, CallView, CounterChange, Lang, PublicUser, QueueChange, StaffSnapshot } from '@luot/shared'
import { mergeCounters, mergeServices } from '@luot/shared/merge-change'
import { createStore, useStore } from './store.js'

export type Session =
  | { status: 'checking' }
  | { status: 'signed-out'; expired: boolean; lastUsername?: string }
  | { status: 'signed-in'; user: PublicUser }

export interface ConsoleState {
  session: Session
  /** The last staff snapshot plus the events applied since: never computed here. */
  snapshot: StaffSnapshot | null
  connected: boolean
  /** Server clock minus this clock, from the last snapshot: timers count in server time. */
  skewMs: number
  /** Manager alerts, newest first. */
  alerts: Alert[]
  lang: Lang
}

export const MAX_ALERTS = 50

/** Replaces everything the server knows with a fresh snapshot. */
export function withSnapshot(s: ConsoleState, snapshot: StaffSnapshot, receivedAt: number): ConsoleState {
  return { ...s, snapshot, skewMs: clockOffset(snapshot.serverTime, receivedAt) }
}

export function withCounter(s: ConsoleState, counter: CounterChange): ConsoleState {
  if (!s.snapshot) return s
  return { ...s, snapshot: { ...s.snapshot, counters: mergeCounters(s.snapshot.counters, [counter]) } }
}

/** Newest call first, as the snapshot keeps them; a recall replaces nothing, it is a call of its own. */
export function withCall(s: ConsoleState, call: CallView): ConsoleState {
  if (!s.snapshot) return s
  const recentCalls = [call, ...s.snapshot.recentCalls].slice(0, Math.max(s.snapshot.recentCalls.length, 10))
  return { ...s, snapshot: { ...s.snapshot, recentCalls } }
}

/** Applies one `queue:changed`: its calls (oldest first), its counters, the services, and the staff lists. */
export function withChange(s: ConsoleState, change: QueueChange): ConsoleState {
  if (!s.snapshot) return s
  const next = change.counters.reduce(withCounter, change.calls.reduce(withCall, s))
  const snapshot = { ...next.snapshot!, services: mergeServices(next.snapshot!.services, change.services), ...(change.waiting ? { waiting: change.waiting } : {}), ...(change.missed ? { missed: change.missed } : {}), ...(change.clerks ? { clerks: change.clerks } : {}) }
  return { ...next, snapshot }
}

export function withAlert(s: ConsoleState, alert: Alert): ConsoleState {
  return withAlerts(s, [alert])
}

/** Adds alerts (live ones, or the server's recent list after a (re)connect) once each, newest first. */
export function withAlerts(s: ConsoleState, more: Alert[]): ConsoleState {
  const key = (a: Alert) => `${a.at}|${a.kind}|${a.message}`
  const seen = new Set<string>()
  const all = [...more, ...s.alerts].filter((a) => !seen.has(key(a)) && (seen.add(key(a)), true))
  all.sort((a, b) => b.at.localeCompare(a.at))
  return { ...s, alerts: all.slice(0, MAX_ALERTS) }
}

/** The session ended on the server (expired, revoked): back to the login, the queue untouched. */
export function withExpiredSession(s: ConsoleState): ConsoleState {
  const lastUsername = s.session.status === 'signed-in' ? s.session.user.username : undefined
  return { ...s, session: { status: 'signed-out', expired: true, ...(lastUsername ? { lastUsername } : {}) }, snapshot: null, connected: false }
}

const LANG_KEY = 'luot.console.lang'

function initialLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi'
  } catch {
    return 'vi'
  }
}

/** The one store of the app: screens read it through `useConsoleState`, changes go through `update`. */
export const store = createStore<ConsoleState>({ session: { status: 'checking' }, snapshot: null, connected: false, skewMs: 0, alerts: [], lang: typeof localStorage === 'undefined' ? 'vi' : initialLang() })

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang)
  } catch {
    /* private mode: the choice lasts this page only */
  }
  document.documentElement.lang = lang
  store.update((s) => ({ ...s, lang }))
}

export const useConsoleState = (): ConsoleState => useStore(store)
