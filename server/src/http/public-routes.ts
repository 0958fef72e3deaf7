import Type from 'typebox'
import { IdempotencyKey, IssuedTicket, PublicSnapshot, RateBody, ServiceView, TakeTicketBody, TrackedTicket, TrackingCode } from '@luot/shared'
import { issueAtKiosk } from '../issue-at-kiosk.js'
import { plainSerializerCompiler } from './compilers.js'
import type { App, RouteDeps } from './context.js'
import { created, rateLimitConfig, replies } from './schemas.js'

export const TrackingParams = Type.Object({ trackingCode: TrackingCode })

/** Public endpoints: kiosks, phones, the status widget and integrations. Rate-limited per address. */
export async function publicRoutes(app: App, deps: RouteDeps): Promise<void> {
  const { service } = deps
  const limit = rateLimitConfig(deps.publicRateLimit)

  app.get('/api/health', { serializerCompiler: plainSerializerCompiler, schema: { tags: ['public'], response: replies(Type.Object({ status: Type.Literal('ok'), date: Type.String(), serverTime: Type.String() })) } }, async () => ({ ok: true as const, data: { status: 'ok' as const, ...service.pulse() } }))

  app.get('/api/services', { config: limit, schema: { tags: ['public'], summary: 'Active service areas with waiting counts and estimated wait', response: replies(Type.Array(ServiceView)) } }, async () => ({
    ok: true as const,
    data: service.publicSnapshot().services.filter((s) => s.active),
  }))

  app.get('/api/snapshot', { config: limit, schema: { tags: ['public'], summary: 'What every display renders: counters, calls, waiting counts', response: replies(PublicSnapshot) } }, async () => ({
    ok: true as const,
    data: service.publicSnapshot(),
  }))

  app.post(
    '/api/tickets',
    {
      config: limit,
      schema: {
        tags: ['public'],
        summary: 'Take a ticket. Send an Idempotency-Key header so a retry never issues two.',
        headers: Type.Object({ 'idempotency-key': Type.Optional(IdempotencyKey) }),
        body: TakeTicketBody,
        response: created(IssuedTicket),
      },
    },
    async (req, reply) => {
      const data = await issueAtKiosk(deps, { ...req.body, idempotencyKey: req.headers['idempotency-key'] }, { user: req.user })
      return reply.status(201).send({ ok: true as const, data })
    },
  )

  app.get('/api/tickets/:trackingCode', { config: limit, schema: { tags: ['public'], params: TrackingParams, response: replies(TrackedTicket) } }, async (req) => ({
    ok: true as const,
    data: await service.track(req.params.trackingCode),
  }))

  app.post('/api/tickets/:trackingCode/rating', { config: limit, schema: { tags: ['public'], summary: 'Rate your own finished ticket, once', params: TrackingParams, body: RateBody, response: replies(TrackedTicket) } }, async (req) => ({
    ok: true as const,
    data: await service.rate({ trackingCode: req.params.trackingCode }, req.body),
  }))
}
