import { LuotError } from '@luot/shared'
import type { IncomingHttpHeaders } from 'node:http'
import { StartupError } from '../startup-error.js'

/** "http://host:port" as a browser sends it in Origin (scheme and host lower-case, no path, default port dropped). */
export function normaliseOrigin(value: string): string | null {
  try {
    const u = new URL(value)
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null
    return u.origin
  } catch {
    return null
  }
}

/** Checks an allow-list from the environment or options: each entry an http(s) origin, or the start stops. */
export function parseAllowedOrigins(list: readonly string[]): string[] {
  return list.map((entry) => {
    const o = normaliseOrigin(entry.trim())
    if (!o) throw new StartupError(`LUOT_ALLOWED_ORIGINS: "${entry}" is not an http(s) origin such as http://192.168.1.10:3000`)
    return o
  })
}

/**
 * Same-site is not same-origin: a page on another port of this host gets the SameSite cookie too.
 * A request that carries an Origin is allowed only from the server's own origin (the Host it was
 * sent to), the centre's public base URL, or the allow-list. No Origin (curl, integrations): allowed,
 * since browsers always send one on cross-origin POSTs and WebSocket handshakes.
 */
export function originAllowed(headers: IncomingHttpHeaders, extra: () => readonly string[]): boolean {
  const origin = headers.origin
  if (origin === undefined) return true
  const o = normaliseOrigin(origin)
  if (!o) return false // "null" (sandboxed frames, file:) and anything odd
  if (headers.host && new URL(o).host === headers.host.toLowerCase()) return true
  return extra().includes(o)
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/** onRequest hook: refuses a state-changing request from a foreign origin before anything else runs. */
export function originHook(extra: () => readonly string[]) {
  return async (req: { method: string; headers: IncomingHttpHeaders }): Promise<void> => {
    if (!SAFE.has(req.method) && !originAllowed(req.headers, extra)) throw new LuotError('ORIGIN_NOT_ALLOWED')
  }
}
