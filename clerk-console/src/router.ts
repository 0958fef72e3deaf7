import { useEffect, useState } from 'preact/hooks'
import type { Role } from '@luot/shared'

export type Route = 'counter' | 'dossiers' | 'dashboard' | 'history' | 'health' | 'admin'

const RANK: Record<Role, number> = { clerk: 1, manager: 2, admin: 3 }
/** The least role each page needs; the server checks again on every call. */
export const ROUTE_ROLE: Record<Route, Role> = { counter: 'clerk', dossiers: 'clerk', dashboard: 'manager', history: 'manager', health: 'manager', admin: 'admin' }

export const allowed = (role: Role, route: Route): boolean => RANK[role] >= RANK[ROUTE_ROLE[route]]

/** Where each role lands after signing in. */
export const homeFor = (role: Role): Route => (role === 'clerk' ? 'counter' : 'dashboard')

export function parseRoute(hash: string): Route | null {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0]
  return name === 'counter' || name === 'dossiers' || name === 'dashboard' || name === 'history' || name === 'health' || name === 'admin' ? name : null
}

export const navigate = (route: Route): void => {
  location.hash = `#/${route}`
}

/** The page named by the location hash (#/counter …): survives a reload, works with Back. */
export function useRoute(): Route | null {
  return parseRoute(useHash())
}

/** The dossier a #/dossiers/{code} hash names, and the slip form of #/dossiers/{code}/slip/{01…04}. */
export function dossierTarget(hash: string): { code: string | null; slip: '01' | '02' | '03' | '04' | null } {
  const m = /^#\/?dossiers\/([0-9A-Za-z-]{15,17})(?:\/slip\/(0[1-4]))?\/?$/.exec(hash)
  if (!m) return { code: null, slip: null }
  return { code: m[1]!.replace(/-/g, '').toUpperCase(), slip: (m[2] as '01' | '02' | '03' | '04' | undefined) ?? null }
}

/** The location hash, kept current: sub-pages (a dossier, its slip) read what follows the route's name. */
export function useHash(): string {
  const [hash, setHash] = useState(() => location.hash)
  useEffect(() => {
    const onChange = () => setHash(location.hash)
    addEventListener('hashchange', onChange)
    return () => removeEventListener('hashchange', onChange)
  }, [])
  return hash
}
