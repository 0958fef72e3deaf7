import type { ProvinceUser } from '@luot/shared'
import { api, type Result } from '../api.js'
import { closeProvinceSocket, openProvinceSocket } from './province-socket.js'
import { provinceStore, withEnded } from './province-state.js'

/** A province API call; UNAUTHENTICATED on anything but the sign-in means the session ended. */
export async function papi<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<Result<T>> {
  const r = await api<T>(method, `/api/province/${path}`, body)
  if (!r.ok && r.error.code === 'UNAUTHENTICATED' && path !== 'login') provinceStore.update(withEnded)
  return r
}

function signedIn(user: ProvinceUser): void {
  provinceStore.update((s) => ({ ...s, session: { status: 'signed-in', user } }))
  openProvinceSocket()
}

/** Who this browser is signed in as (the cookie is httpOnly): on load and when the socket is refused. */
export async function checkProvinceSession(): Promise<void> {
  const me = await api<ProvinceUser>('GET', '/api/province/me')
  const status = provinceStore.get().session.status
  if (me.ok) {
    if (status !== 'signed-in') signedIn(me.data)
    // signed out already (a password just changed on this page): left as it is, with its notice
  } else if (status === 'checking' || (status === 'signed-in' && me.error.code === 'UNAUTHENTICATED')) {
    if (status === 'signed-in') closeProvinceSocket()
    provinceStore.update((s) => (status === 'signed-in' ? withEnded(s) : { ...s, session: { status: 'signed-out', expired: false } }))
  }
}

export async function provinceSignIn(username: string, password: string): Promise<Result<ProvinceUser>> {
  const r = await papi<ProvinceUser>('POST', 'login', { username: username.trim().toLowerCase(), password })
  if (r.ok) signedIn(r.data)
  return r
}

export async function provinceSignOut(): Promise<void> {
  closeProvinceSocket()
  await papi('POST', 'logout')
  provinceStore.update((s) => ({ ...s, session: { status: 'signed-out', expired: false }, live: null, connected: false }))
}
