import Type from 'typebox'
import { ApiKeyView, CreatedApiKey, DeliveryView, Id, NewApiKey, WebhookInput, WebhookView } from '@luot/shared'
import { needsRole } from './auth.js'
import type { App, RouteDeps } from './context.js'
import { created, replies } from './schemas.js'

const Params = Type.Object({ id: Id })
const tags = ['integrations']

/**
 * The admin's integrations: API keys (created with the key shown once, listed without it, revoked)
 * and webhook endpoints (URL, secret, events, on/off) with their delivery log and a "send the
 * failed ones again".
 */
export async function integrationRoutes(app: App, deps: RouteDeps): Promise<void> {
  const { apiKeys, webhooks } = deps.integrations
  const admin = needsRole('admin')

  app.get('/api/admin/api-keys', { ...admin, schema: { tags, summary: 'API keys (never the keys themselves)', response: replies(Type.Array(ApiKeyView)) } }, async () => ({ ok: true as const, data: await apiKeys.list() }))
  app.post('/api/admin/api-keys', { ...admin, schema: { tags, summary: 'Create an API key; the key is in this answer only', body: NewApiKey, response: created(CreatedApiKey) } }, async (req, reply) => reply.status(201).send({ ok: true as const, data: await apiKeys.create(req.body) }))
  app.post('/api/admin/api-keys/:id/revoke', { ...admin, schema: { tags, summary: 'Revoke an API key: it stops working at once', params: Params, response: replies(ApiKeyView) } }, async (req) => ({ ok: true as const, data: await apiKeys.revoke(req.params.id) }))

  app.get('/api/admin/webhooks', { ...admin, schema: { tags, summary: 'Webhook endpoints with their outbox (pending, failed, last delivery)', response: replies(Type.Array(WebhookView)) } }, async () => ({ ok: true as const, data: await webhooks.list() }))
  app.post('/api/admin/webhooks', { ...admin, schema: { tags, summary: 'Add a webhook endpoint (the secret is required)', body: WebhookInput, response: created(WebhookView) } }, async (req, reply) => reply.status(201).send({ ok: true as const, data: await webhooks.create(req.body) }))
  app.put('/api/admin/webhooks/:id', { ...admin, schema: { tags, summary: 'Change a webhook endpoint (without a secret the old one stays)', params: Params, body: WebhookInput, response: replies(WebhookView) } }, async (req) => ({ ok: true as const, data: await webhooks.update(req.params.id, req.body) }))
  app.delete('/api/admin/webhooks/:id', { ...admin, schema: { tags, summary: 'Remove a webhook endpoint and its outbox', params: Params, response: replies(Type.Object({ id: Id })) } }, async (req) => {
    await webhooks.remove(req.params.id)
    return { ok: true as const, data: { id: req.params.id } }
  })
  app.get('/api/admin/webhooks/:id/deliveries', { ...admin, schema: { tags, summary: 'The latest 50 deliveries, newest first', params: Params, response: replies(Type.Array(DeliveryView)) } }, async (req) => ({ ok: true as const, data: await webhooks.deliveries(req.params.id) }))
  app.post('/api/admin/webhooks/:id/retry', { ...admin, schema: { tags, summary: 'Send the failed deliveries again now', params: Params, response: replies(Type.Object({ retried: Type.Integer() })) } }, async (req) => ({ ok: true as const, data: { retried: await webhooks.retry(req.params.id) } }))
}
