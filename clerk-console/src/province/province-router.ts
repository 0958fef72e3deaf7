import type { ProvinceRole } from '@luot/shared'
import { useHash } from '../router.js'

export type ProvinceRoute = 'live' | 'reports' | 'centres' | 'template' | 'accounts'
export const PROVINCE_ROUTES: ProvinceRoute[] = ['live', 'reports', 'centres', 'template', 'accounts']

/** The page a #/… hash names; the live view when none. */
export function parseProvinceRoute(hash: string): ProvinceRoute {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0]
  return (PROVINCE_ROUTES as string[]).includes(name ?? '') ? (name as ProvinceRoute) : 'live'
}

/** Only a province admin changes centres and the template; a manager reads them. The server checks again. */
export const canManage = (role: ProvinceRole): boolean => role === 'province-admin'

export function useProvinceRoute(): ProvinceRoute {
  return parseProvinceRoute(useHash())
}
