import type { Alert, CounterCommand, CounterView, DossiersChanged, StaffSnapshot } from '@luot/shared'
import { connect, type LuotSocket } from '@luot/shared/client/connect'
import { isNoAnswer, send } from '@luot/shared/client/send'
import { api, type Result } from './api.js'
import { store, withAlert, withChange, withCounter, withExpiredSession, withAlerts, withSnapshot } from './state.js'
import { fromApiError, NO_ANSWER_ERROR } from './ui-error.js'

let socket: LuotSocket | null = null

/**
 * Connects with the session cookie (so the server sends a staff snapshot) and applies what
 * arrives to the store. A public snapshot means the session no longer holds: back to the login.
 */
export function openSocket(): void {
  closeSocket()
  const s = connect({ screen: { kind: 'console' } })
  socket = s
  s.on('connect', () => {
    store.update((st) => ({ ...st, connected: true }))
    void refreshAlerts()
  })
  s.on('disconnect', () => store.update((st) => ({ ...st, connected: false })))
  s.on('queue:snapshot', (snap) => {
    if ('me' in snap) store.update((st) => withSnapshot(st, snap as StaffSnapshot, Date.now()))
    else if (store.get().session.status === 'signed-in') store.update(withExpiredSession)
  })
  // the server ended this session (logout elsewhere, deactivation, password reset): back to the login
  s.on('session:ended', () => store.update(withExpiredSession))
  s.on('queue:changed', (change) => store.update((st) => withChange(st, change)))
  s.on('alert', (a) => store.update((st) => withAlert(st, a)))
}

/** Calls `listener` whenever a booking changes (booked, moved, cancelled, checked in); returns the unsubscribe. */
export function onBookingsChanged(listener: () => void): () => void {
  const s = socket
  s?.on('bookings:changed', listener)
  return () => void s?.off('bookings:changed', listener)
}

/** Calls `listener` with every dossier change (received, status, apology, returned); returns the unsubscribe. */
export function onDossiersChanged(listener: (change: DossiersChanged) => void): () => void {
  const s = socket
  s?.on('dossiers:changed', listener)
  return () => void s?.off('dossiers:changed', listener)
}

export function closeSocket(): void {
  socket?.removeAllListeners()
  socket?.disconnect()
  socket = null
}

/** Managers get the server's recent alerts on every (re)connect: none is missed while offline or signed out. */
async function refreshAlerts(): Promise<void> {
  const { session } = store.get()
  if (session.status !== 'signed-in' || session.user.role === 'clerk') return
  const r = await api<Alert[]>('GET', '/api/alerts')
  if (r.ok) store.update((st) => withAlerts(st, r.data))
}

/** The HTTP route of a command: the same command, for when the socket is down. */
function overHttp(counterId: string, command: CounterCommand): Promise<Result<CounterView>> {
  const { type, ...body } = command
  return api<CounterView>('POST', `/api/counters/${encodeURIComponent(counterId)}/${type}`, body)
}

/**
 * Sends one counter command and applies the counter it returns. Over the socket when connected
 * (no buffering: an emit held while offline could run twice), else over HTTP. Never retried.
 */
export async function sendCommand(counterId: string, command: CounterCommand): Promise<Result<CounterView>> {
  let result: Result<CounterView>
  if (socket?.connected) {
    const ack = await send<CounterView, ReturnType<LuotSocket['timeout']>>(socket, (s) => s.emitWithAck('counter:command', { counterId, command }))
    if (isNoAnswer(ack)) result = { ok: false, error: NO_ANSWER_ERROR }
    else result = ack.ok ? ack : { ok: false, error: fromApiError(ack.error) }
    if (!isNoAnswer(ack) && !ack.ok && ack.error.code === 'UNAUTHENTICATED') store.update(withExpiredSession)
  } else {
    result = await overHttp(counterId, command)
  }
  if (result.ok) store.update((st) => withCounter(st, result.data))
  return result
}
