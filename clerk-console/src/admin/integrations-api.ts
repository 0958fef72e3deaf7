import type { ApiKeyView, CreatedApiKey, DeliveryView, NewApiKey, WebhookInput, WebhookView } from '@luot/shared'
import { del, get, post, put } from '../api.js'

const id = encodeURIComponent

/** The admin's integration calls (server/src/http/integration-routes.ts). */
export const integrationsApi = {
  keys: () => get<ApiKeyView[]>('/api/admin/api-keys'),
  createKey: (body: NewApiKey) => post<CreatedApiKey>('/api/admin/api-keys', body),
  revokeKey: (keyId: string) => post<ApiKeyView>(`/api/admin/api-keys/${id(keyId)}/revoke`),
  hooks: () => get<WebhookView[]>('/api/admin/webhooks'),
  saveHook: (hookId: string | null, body: WebhookInput) => (hookId ? put<WebhookView>(`/api/admin/webhooks/${id(hookId)}`, body) : post<WebhookView>('/api/admin/webhooks', body)),
  deleteHook: (hookId: string) => del<{ id: string }>(`/api/admin/webhooks/${id(hookId)}`),
  deliveries: (hookId: string) => get<DeliveryView[]>(`/api/admin/webhooks/${id(hookId)}/deliveries`),
  retry: (hookId: string) => post<{ retried: number }>(`/api/admin/webhooks/${id(hookId)}/retry`),
}
