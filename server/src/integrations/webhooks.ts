import { createHash, randomBytes } from 'node:crypto'
import { LuotError, type DeliveryView, type StoredDelivery, type StoredWebhook, type WebhookInput, type WebhookView } from '@luot/shared'
import type { IntegrationStore } from '../store/integration/port.js'
import type { OutgoingEvent } from './webhook-events.js'

/** Every process sees another's endpoint changes within this time (several processes on PostgreSQL). */
const HOOKS_TTL_MS = 5_000

/** The same id for the same event to the same endpoint, however often it is derived (32 hex digits). */
const deliveryId = (hookId: string, key: string): string => createHash('sha256').update(`${hookId}|${key}`).digest('hex').slice(0, 32)

/** The admin's view of a delivery: everything but the body. */
function deliveryView(d: StoredDelivery): DeliveryView {
  const { body: _b, hookId: _h, ...view } = d
  return view
}

/**
 * Webhook endpoints and the outbox: `publish` writes one delivery per endpoint that wants the event,
 * durably, before anything is sent (the sender, `outbox-sender.ts`, attempts them). The secret is set
 * by the admin and never returned.
 */
export class Webhooks {
  private readonly listeners = new Set<() => void>()
  /** The enabled endpoints, read again after this process changes one and at most HOOKS_TTL_MS old otherwise (another process may have). */
  private enabled: { at: number; hooks: Promise<StoredWebhook[]>; none: boolean } | null = null

  constructor(
    readonly store: IntegrationStore,
    private readonly clock: () => Date,
  ) {}

  /**
   * Whether there is surely no enabled endpoint right now (the list read within HOOKS_TTL_MS was
   * empty): then a change's events are not even built. Unsure (never read, or read long ago) is false.
   */
  surelyNone(): boolean {
    const e = this.enabled
    return e !== null && e.none && this.clock().getTime() - e.at <= HOOKS_TTL_MS
  }

  /** Called after deliveries are queued (the sender attempts at once instead of at its next tick). */
  onQueued(fn: () => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  private async view(h: StoredWebhook): Promise<WebhookView> {
    const { secret: _s, updatedAt: _u, ...rest } = h
    return { ...rest, ...(await this.store.stats(h.id)) }
  }

  private async find(id: string): Promise<StoredWebhook> {
    const hook = (await this.store.hooks()).find((h) => h.id === id)
    if (!hook) throw new LuotError('WEBHOOK_NOT_FOUND')
    return hook
  }

  async list(): Promise<WebhookView[]> {
    const hooks = (await this.store.hooks()).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    return Promise.all(hooks.map((h) => this.view(h)))
  }

  async create(input: WebhookInput): Promise<WebhookView> {
    if (!input.secret) throw new LuotError('BAD_REQUEST', 'a new webhook needs a secret (16 characters or more)')
    const now = this.clock().toISOString()
    const hook: StoredWebhook = { id: `w-${randomBytes(6).toString('hex')}`, url: input.url, secret: input.secret, events: input.events, enabled: input.enabled, createdAt: now, updatedAt: now }
    await this.store.putHook(hook)
    this.enabled = null
    return this.view(hook)
  }

  async update(id: string, input: WebhookInput): Promise<WebhookView> {
    const old = await this.find(id)
    const hook: StoredWebhook = { ...old, url: input.url, secret: input.secret ?? old.secret, events: input.events, enabled: input.enabled, updatedAt: this.clock().toISOString() }
    await this.store.putHook(hook)
    this.enabled = null
    return this.view(hook)
  }

  async remove(id: string): Promise<void> {
    await this.find(id)
    await this.store.deleteHook(id)
    this.enabled = null
  }

  async deliveries(id: string, limit = 50): Promise<DeliveryView[]> {
    await this.find(id)
    return (await this.store.deliveries(id, limit)).map(deliveryView)
  }

  /** Failed deliveries of an endpoint are attempted again now (after the receiver was fixed). */
  async retry(id: string): Promise<number> {
    await this.find(id)
    const n = await this.store.retryFailed(id, this.clock().toISOString())
    if (n > 0) for (const fn of this.listeners) fn()
    return n
  }

  /**
   * Queues each event for every enabled endpoint that wants it and existed when it happened;
   * resolves once they are durable. A delivery's id comes from the endpoint and the event's key, so
   * an event queued twice (live, then replayed after a crash) is one delivery.
   */
  async publish(events: readonly OutgoingEvent[]): Promise<void> {
    if (events.length === 0) return
    const t = this.clock().getTime()
    if (!this.enabled || t - this.enabled.at > HOOKS_TTL_MS || t < this.enabled.at) {
      const entry: { at: number; hooks: Promise<StoredWebhook[]>; none: boolean } = { at: t, hooks: Promise.resolve([]), none: false }
      entry.hooks = this.store.hooks().then((all) => {
        const on = all.filter((h) => h.enabled)
        entry.none = on.length === 0
        return on
      })
      this.enabled = entry
    }
    const hooks = await this.enabled.hooks.catch((err: unknown) => {
      this.enabled = null
      throw err
    })
    if (hooks.length === 0) return
    const now = this.clock().toISOString()
    const deliveries: StoredDelivery[] = []
    for (const e of events) {
      for (const h of hooks) {
        if (!h.events.includes(e.event) || e.at < h.createdAt) continue
        const id = deliveryId(h.id, e.key)
        deliveries.push({ id, hookId: h.id, event: e.event, at: e.at, body: JSON.stringify({ id, event: e.event, at: e.at, data: e.data }), state: 'pending', attempts: 0, nextAttemptAt: now })
      }
    }
    if (deliveries.length === 0) return
    await this.store.enqueue(deliveries)
    for (const fn of this.listeners) fn()
  }
}
