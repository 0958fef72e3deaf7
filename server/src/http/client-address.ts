import type { IncomingMessage } from 'node:http'
import proxyAddr from '@fastify/proxy-addr'
import { StartupError } from '../startup-error.js'

/**
 * The proxies whose X-Forwarded-For is believed (LUOT_TRUST_PROXY: addresses or CIDR ranges, e.g.
 * `127.0.0.1` for nginx on the same machine), checked now: a typo must not silently trust nobody.
 */
export function trustedProxies(list: readonly string[]): string[] {
  try {
    proxyAddr.compile([...list])
  } catch (err) {
    throw new StartupError(`LUOT_TRUST_PROXY: ${err instanceof Error ? err.message : String(err)} (give addresses or ranges such as 127.0.0.1,10.0.0.0/8)`)
  }
  return [...list]
}

/**
 * The address a request came from, for per-address rate limits: the connection's own, or, when it
 * comes through a trusted proxy, the client the proxy names. Behind nginx without this, every
 * citizen's phone would share nginx's one limit; with it, a client cannot name itself to escape.
 */
export function clientAddress(trusted: readonly string[]): (req: IncomingMessage) => string {
  if (trusted.length === 0) return (req) => req.socket.remoteAddress ?? ''
  const trust = proxyAddr.compile([...trusted])
  return (req) => proxyAddr(req, trust)
}
