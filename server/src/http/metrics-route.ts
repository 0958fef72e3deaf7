import { timingSafeEqual } from 'node:crypto'
import { LuotError } from '@luot/shared'
import type { Registry } from 'prom-client'
import type { App } from './context.js'

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * GET /metrics in Prometheus text format. Readable from this machine (a Prometheus agent or the
 * node exporter's textfile collector on the centre's PC), or from anywhere with
 * `Authorization: Bearer <LUOT_METRICS_TOKEN>`; without a token set, only from this machine.
 */
export async function metricsRoute(app: App, registry: Registry, token: string | undefined): Promise<void> {
  app.get('/metrics', { schema: { tags: ['operations'], summary: 'Prometheus metrics (from localhost, or with the metrics token as a Bearer token)' } }, async (req, reply) => {
    const auth = req.headers.authorization ?? ''
    const bearer = auth.startsWith('Bearer ') ? auth.slice(7) : ''
    // a request relayed by a proxy on this machine is not local: it may come from anywhere
    const local = LOOPBACK.has(req.socket.remoteAddress ?? '') && !req.headers['x-forwarded-for'] && !req.headers.forwarded
    if (!local && !(token && bearer && sameSecret(bearer, token))) throw new LuotError(bearer ? 'FORBIDDEN' : 'UNAUTHENTICATED')
    void reply.header('content-type', registry.contentType).header('cache-control', 'no-store')
    return registry.metrics()
  })
}
