import type { ProvinceLive, ProvinceServerEvents } from '@luot/shared'
import { connect, rootPath } from '@luot/shared/client/connect'
import { checkProvinceSession } from './province-api.js'
import { provinceStore, type ProvinceState } from './province-state.js'

/**
 * The part of a socket.io client this page uses, typed with the province's events: `connect()`
 * types its socket with a centre's event map, and the province socket carries `province:live` only.
 */
interface ProvinceSocket {
  on<E extends keyof ProvinceServerEvents>(event: E, listener: ProvinceServerEvents[E]): unknown
  on(event: 'connect', listener: () => void): unknown
  on(event: 'disconnect', listener: (reason: string) => void): unknown
  on(event: 'connect_error', listener: (err: Error) => void): unknown
  removeAllListeners(): unknown
  disconnect(): unknown
}

let socket: ProvinceSocket | null = null

/** Keeps the newest live view and when it arrived (the longest waits count on from then). */
export const withLive = (live: ProvinceLive, receivedAt: number) => (s: ProvinceState): ProvinceState => ({ ...s, live, liveAt: receivedAt })

/**
 * Connects to `/province/socket.io` with the session cookie; the server sends the live view on
 * connect and at most every 2 s while something changes. A refused handshake (session gone)
 * asks the server who we are, which returns to the sign-in if nobody; so does the server closing
 * the socket (the account was deactivated, or its password set, on any process), which socket.io
 * does not reconnect by itself: if the session is still good, the socket is opened again.
 */
export function openProvinceSocket(): void {
  closeProvinceSocket()
  const s = connect({ path: `${rootPath()}province/socket.io` }) as unknown as ProvinceSocket
  socket = s
  s.on('connect', () => provinceStore.update((st) => ({ ...st, connected: true })))
  s.on('disconnect', (reason) => {
    provinceStore.update((st) => ({ ...st, connected: false }))
    if (reason === 'io server disconnect') void checkProvinceSession().then(() => socket === s && provinceStore.get().session.status === 'signed-in' && openProvinceSocket())
  })
  s.on('connect_error', () => {
    provinceStore.update((st) => (st.connected ? { ...st, connected: false } : st))
    void checkProvinceSession()
  })
  s.on('province:live', (live) => provinceStore.update(withLive(live, Date.now())))
}

export function closeProvinceSocket(): void {
  socket?.removeAllListeners()
  socket?.disconnect()
  socket = null
}
