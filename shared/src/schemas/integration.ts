import Type, { type Static } from 'typebox'
import { Id, IsoTime } from './common.js'

/**
 * Integrations: API keys for the province's one-stop software (it sets dossier statuses) and outgoing
 * webhooks (it mirrors the queue and the dossiers without polling). Kept apart from the configuration:
 * keys are stored only as SHA-256 hashes, and webhook secrets never leave the admin API once set.
 */

export const ApiScope = Type.Union([Type.Literal('dossiers')])
export type ApiScope = Static<typeof ApiScope>

/** An API key as listed to the admin: never the key itself (shown once, when created). */
export const ApiKeyView = Type.Object({
  id: Id,
  name: Type.String({ minLength: 1, maxLength: 100 }),
  scopes: Type.Array(ApiScope),
  /** The first 8 characters, to tell keys apart. */
  prefix: Type.String(),
  createdAt: IsoTime,
  lastUsedAt: Type.Optional(IsoTime),
  revokedAt: Type.Optional(IsoTime),
})
export type ApiKeyView = Static<typeof ApiKeyView>

/** POST /api/admin/api-keys → 201 `{ key: ApiKeyView, secret }`: `secret` (the key) is shown once. Use it as `Authorization: Bearer <secret>`. */
export const NewApiKey = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), scopes: Type.Array(ApiScope, { minItems: 1, uniqueItems: true }) }, { additionalProperties: false })
export type NewApiKey = Static<typeof NewApiKey>
export const CreatedApiKey = Type.Object({ key: ApiKeyView, secret: Type.String() })
export type CreatedApiKey = Static<typeof CreatedApiKey>

export const WebhookEventName = Type.Union([
  Type.Literal('ticket.issued'),
  Type.Literal('ticket.called'),
  Type.Literal('ticket.finished'),
  Type.Literal('ticket.rated'),
  Type.Literal('dossier.received'),
  Type.Literal('dossier.status'),
  Type.Literal('dossier.apology'),
  Type.Literal('dossier.returned'),
])
export type WebhookEventName = Static<typeof WebhookEventName>

/**
 * A webhook endpoint. Each delivery is a POST of `{ id, event, at, data }` (JSON) with headers
 * `X-Luot-Event`, `X-Luot-Delivery` (the id: a receiver drops repeats), `X-Luot-Timestamp` (Unix
 * seconds) and `X-Luot-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the secret>`.
 */
export const WebhookView = Type.Object({
  id: Id,
  url: Type.String({ format: 'uri', maxLength: 500 }),
  events: Type.Array(WebhookEventName),
  enabled: Type.Boolean(),
  createdAt: IsoTime,
  /** Deliveries waiting or being retried, failed for good (after the last retry), and the last success. */
  pending: Type.Integer(),
  failed: Type.Integer(),
  lastDeliveredAt: Type.Optional(IsoTime),
  lastError: Type.Optional(Type.String()),
})
export type WebhookView = Static<typeof WebhookView>

/** POST /api/admin/webhooks, PUT /api/admin/webhooks/{id} (secret optional on PUT: kept when absent). */
export const WebhookInput = Type.Object(
  {
    url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }),
    secret: Type.Optional(Type.String({ minLength: 16, maxLength: 200 })),
    events: Type.Array(WebhookEventName, { minItems: 1, uniqueItems: true }),
    enabled: Type.Boolean(),
  },
  { additionalProperties: false },
)
export type WebhookInput = Static<typeof WebhookInput>

export const DeliveryState = Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')])

/** GET /api/admin/webhooks/{id}/deliveries: the latest deliveries, newest first. */
export const DeliveryView = Type.Object({
  id: Type.String(),
  event: WebhookEventName,
  at: IsoTime,
  state: DeliveryState,
  attempts: Type.Integer(),
  nextAttemptAt: Type.Optional(IsoTime),
  lastStatus: Type.Optional(Type.Integer()),
  lastError: Type.Optional(Type.String()),
  deliveredAt: Type.Optional(IsoTime),
})
export type DeliveryView = Static<typeof DeliveryView>

/** An API key as stored: the SHA-256 of the key, never the key. */
export const StoredApiKey = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(ApiScope),
    prefix: Type.String({ maxLength: 16 }),
    hash: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    createdAt: IsoTime,
    lastUsedAt: Type.Optional(IsoTime),
    revokedAt: Type.Optional(IsoTime),
  },
  { additionalProperties: false },
)
export type StoredApiKey = Static<typeof StoredApiKey>

/** A webhook endpoint as stored, with its secret. */
export const StoredWebhook = Type.Object(
  {
    id: Id,
    url: Type.String({ maxLength: 500 }),
    secret: Type.String({ minLength: 16, maxLength: 200 }),
    events: Type.Array(WebhookEventName),
    enabled: Type.Boolean(),
    createdAt: IsoTime,
    updatedAt: IsoTime,
  },
  { additionalProperties: false },
)
export type StoredWebhook = Static<typeof StoredWebhook>

/**
 * One event for one endpoint in the outbox: written durably before anything is sent, then
 * rewritten after each attempt. `body` is the exact JSON sent on every attempt (the signature covers
 * it and the attempt's timestamp).
 */
export const StoredDelivery = Type.Object(
  {
    id: Type.String({ maxLength: 64 }),
    hookId: Id,
    event: WebhookEventName,
    at: IsoTime,
    body: Type.String(),
    state: DeliveryState,
    attempts: Type.Integer({ minimum: 0 }),
    nextAttemptAt: IsoTime,
    lastStatus: Type.Optional(Type.Integer()),
    lastError: Type.Optional(Type.String({ maxLength: 300 })),
    deliveredAt: Type.Optional(IsoTime),
  },
  { additionalProperties: false },
)
export type StoredDelivery = Static<typeof StoredDelivery>

/** The `data` of ticket.* webhook events: no tracking code, rating token or comment (they belong to the citizen). */
export const WebhookTicket = Type.Object({
  id: Type.String(),
  number: Type.String(),
  date: Type.String(),
  serviceId: Id,
  channel: Type.String(),
  status: Type.String(),
  priorityGroup: Type.Union([Id, Type.Null()]),
  issuedAt: IsoTime,
  calledAt: Type.Optional(IsoTime),
  startedAt: Type.Optional(IsoTime),
  finishedAt: Type.Optional(IsoTime),
  recalls: Type.Integer(),
  counterId: Type.Optional(Id),
  counterNumber: Type.Optional(Type.Integer()),
  clerkId: Type.Optional(Id),
  outcome: Type.Optional(Id),
  rating: Type.Optional(Type.Object({ value: Type.Integer(), reasonId: Type.Optional(Id), source: Type.String(), at: IsoTime })),
  bookingCode: Type.Optional(Type.String()),
  dossierCode: Type.Optional(Type.String()),
})
export type WebhookTicket = Static<typeof WebhookTicket>
