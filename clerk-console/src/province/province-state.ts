import type { ProvinceLive, ProvinceUser } from '@luot/shared'
import { createStore, useStore } from '../store.js'

export type ProvinceSession = { status: 'checking' } | { status: 'signed-out'; expired: boolean; notice?: 'password-changed' } | { status: 'signed-in'; user: ProvinceUser }

export interface ProvinceState {
  session: ProvinceSession
  /** The last `province:live` (or GET /api/province/live), and when this browser got it (its own clock). */
  live: ProvinceLive | null
  liveAt: number
  connected: boolean
}

/** The province page's one store (the language stays in the console's store: one switch for both pages). */
export const provinceStore = createStore<ProvinceState>({ session: { status: 'checking' }, live: null, liveAt: 0, connected: false })

/** The session ended on the server: back to the sign-in, saying so. */
export const withEnded = (s: ProvinceState): ProvinceState => ({ ...s, session: { status: 'signed-out', expired: s.session.status === 'signed-in' }, live: null, connected: false })

export const useProvinceState = (): ProvinceState => useStore(provinceStore)
