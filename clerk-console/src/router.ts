import { useEffect, useState } from 'preact/hooks'
import type { Role } from '@luot/shared'

export type Route = 'counter' | 'dashboard' | 'history' | 'health' | 'admin'

const RANK: Record<Role, number> = { clerk: 1, manager: 2, admin: 3 }
/** The least role each page needs; the server checks again on every call. */
export const ROUTE_ROLE: Record<Route, Role> = { counter: 'clerk', dashboard: 'manager', history: 'manager', health: 'manager', admin: 'admin' }

export const allowed = (role: Role, route: Route): boolean => RANK[role] >= RANK[ROUTE_ROLE[route]]

/** Where each role lands after signing in. */
export const homeFor = (role: Role): Route => (role === 'clerk' ? 'counter' : 'dashboard')

export function parseRoute(hash: string): Route | null {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0]
  return name === 'counter' || name === 'dashboard' || name === 'history' || name === 'health' || name === 'admin' ? name : null
}

export const navigate = (route: Route): void => {
  location.hash = `#/${route}`
}

/** The page named by the location hash (#/counter …): survives a reload, works with Back. */
export function useRoute(): Route | null {
  const [route, setRoute] = useState(() => parseRoute(location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash))
    addEventListener('hashchange', onChange)
    return () => removeEventListener('hashchange', onChange)
  }, [])
  return route
}
