import type { PublicUser } from '@luot/shared'
import { get, post, type Result } from './api.js'
import { closeSocket, openSocket } from './socket.js'
import { store, withExpiredSession } from './state.js'

/** Asks the server who this browser is signed in as (the cookie is httpOnly: only the server knows). */
export async function checkSession(): Promise<void> {
  const me = await get<PublicUser>('/api/auth/me')
  const status = store.get().session.status
  if (me.ok) {
    if (status !== 'signed-in') signedIn(me.data)
  } else if (me.error.code === 'UNAUTHENTICATED') {
    store.update((s) => (status === 'signed-in' ? withExpiredSession(s) : { ...s, session: { status: 'signed-out', expired: false } }))
  } else if (status === 'checking') {
    // The server is unreachable: show the login, which says so when tried.
    store.update((s) => ({ ...s, session: { status: 'signed-out', expired: false } }))
  }
}

function signedIn(user: PublicUser): void {
  store.update((s) => ({ ...s, session: { status: 'signed-in', user }, alerts: [] }))
  // A new cookie: a new connection, so the server sends this user's staff snapshot.
  openSocket()
}

export async function signIn(username: string, password: string): Promise<Result<PublicUser>> {
  const r = await post<PublicUser>('/api/auth/login', { username: username.trim().toLowerCase(), password })
  if (r.ok) signedIn(r.data)
  return r
}

export async function signOut(): Promise<void> {
  closeSocket()
  await post('/api/auth/logout')
  store.update((s) => ({ ...s, session: { status: 'signed-out', expired: false }, snapshot: null, connected: false }))
}

const CHECK_MS = 60_000

/** Notices a session that ended while nobody acted (a password reset, an expiry). */
export function watchSession(): () => void {
  const timer = setInterval(() => {
    if (store.get().session.status === 'signed-in') void checkSession()
  }, CHECK_MS)
  const stop = store.subscribe(() => {
    if (store.get().session.status === 'signed-out') closeSocket()
  })
  return () => {
    clearInterval(timer)
    stop()
  }
}
