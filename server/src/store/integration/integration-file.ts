import { join } from 'node:path'
import { SerialQueue, StoredApiKey, StoredDelivery, StoredWebhook } from '@luot/shared'
import { KeyedLog, recordCheck } from '../keyed-log.js'
import type { IntegrationStore, OutboxStats } from './port.js'

/** Delivered entries older than this leave the outbox file at its next rewrite. */
const KEEP_DELIVERED_MS = 7 * 24 * 3600_000
/** The outbox is rewritten once this many superseded lines have piled up (and they outnumber the live ones). */
const REWRITE_AFTER = 5_000

const newestFirst = (a: StoredDelivery, b: StoredDelivery): number => b.at.localeCompare(a.at) || b.id.localeCompare(a.id)

/**
 * The embedded integrations store: `integrations/{api-keys,webhooks,outbox}.jsonl` in the data
 * directory (KeyedLog: one record a line, fdatasync-ed). The outbox gets a line when an event is
 * queued and one after each attempt; it is rewritten without superseded lines and old deliveries at
 * start and when they pile up. Leases are kept in memory: one process owns the directory.
 */
export class IntegrationFile implements IntegrationStore {
  private readonly serial = new SerialQueue()
  private readonly leases = new Map<string, number>()

  private constructor(
    private readonly keyLog: KeyedLog<StoredApiKey>,
    private readonly hookLog: KeyedLog<StoredWebhook>,
    private readonly outbox: KeyedLog<StoredDelivery>,
    private readonly clock: () => Date,
  ) {}

  static async open(dataDir: string | null, clock: () => Date = () => new Date()): Promise<IntegrationFile> {
    const file = (name: string): string | null => (dataDir === null ? null : join(dataDir, 'integrations', `${name}.jsonl`))
    const store = new IntegrationFile(
      await KeyedLog.open(file('api-keys'), recordCheck<StoredApiKey>(StoredApiKey), (k) => k.id, 'an API key'),
      await KeyedLog.open(file('webhooks'), recordCheck<StoredWebhook>(StoredWebhook), (h) => h.id, 'a webhook'),
      await KeyedLog.open(file('outbox'), recordCheck<StoredDelivery>(StoredDelivery), (d) => d.id, 'a webhook delivery'),
      clock,
    )
    await store.compact()
    return store
  }

  /** Drops superseded lines and deliveries delivered long ago (and those of deleted endpoints). */
  private async compact(): Promise<void> {
    const cutoff = new Date(this.clock().getTime() - KEEP_DELIVERED_MS).toISOString()
    const hooks = new Set(this.hookLog.values().map((h) => h.id))
    const all = this.outbox.values()
    const keep = all.filter((d) => hooks.has(d.hookId) && !(d.state === 'delivered' && (d.deliveredAt ?? d.at) < cutoff))
    if (keep.length < all.length || this.outbox.superseded > 0) await this.outbox.rewrite(keep)
  }

  private write(fn: () => Promise<void>): Promise<void> {
    return this.serial.run(async () => {
      await fn()
      if (this.outbox.superseded > REWRITE_AFTER && this.outbox.superseded > this.outbox.values().length) await this.compact()
    })
  }

  async keys(): Promise<StoredApiKey[]> {
    return this.keyLog.values()
  }

  async keyByHash(hash: string): Promise<StoredApiKey | undefined> {
    return this.keyLog.values().find((k) => k.hash === hash)
  }

  putKey(key: StoredApiKey): Promise<void> {
    return this.write(() => this.keyLog.put([key]))
  }

  touchKey(id: string, at: string): Promise<void> {
    return this.write(async () => {
      const key = this.keyLog.get(id)
      if (key) await this.keyLog.put([{ ...key, lastUsedAt: at }])
    })
  }

  async hooks(): Promise<StoredWebhook[]> {
    return this.hookLog.values()
  }

  putHook(hook: StoredWebhook): Promise<void> {
    return this.write(() => this.hookLog.put([hook]))
  }

  deleteHook(id: string): Promise<void> {
    return this.write(async () => {
      await this.hookLog.rewrite(this.hookLog.values().filter((h) => h.id !== id))
      await this.outbox.rewrite(this.outbox.values().filter((d) => d.hookId !== id))
    })
  }

  enqueue(deliveries: readonly StoredDelivery[]): Promise<void> {
    return this.write(() => {
      const seen = new Set<string>()
      return this.outbox.put(deliveries.filter((d) => !this.outbox.get(d.id) && !seen.has(d.id) && (seen.add(d.id), true)))
    })
  }

  claimDue(now: Date, limit: number, leaseMs: number): Promise<StoredDelivery[]> {
    return this.serial.run(async () => {
      const t = now.getTime()
      const due = this.outbox
        .values()
        .filter((d) => d.state === 'pending' && Date.parse(d.nextAttemptAt) <= t && (this.leases.get(d.id) ?? 0) <= t)
        .sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.at.localeCompare(b.at))
        .slice(0, limit)
      for (const d of due) this.leases.set(d.id, t + leaseMs)
      return due
    })
  }

  putDelivery(delivery: StoredDelivery): Promise<void> {
    return this.write(async () => {
      // an endpoint deleted during the attempt: its deliveries are gone and stay gone
      if (!this.hookLog.get(delivery.hookId)) return
      await this.outbox.put([delivery])
      this.leases.delete(delivery.id)
    })
  }

  async retryFailed(hookId: string, at: string): Promise<number> {
    let n = 0
    await this.write(async () => {
      const failed = this.outbox.values().filter((d) => d.hookId === hookId && d.state === 'failed')
      n = failed.length
      await this.outbox.put(failed.map((d) => ({ ...d, state: 'pending' as const, nextAttemptAt: at })))
    })
    return n
  }

  async deliveries(hookId: string, limit: number): Promise<StoredDelivery[]> {
    return this.outbox
      .values()
      .filter((d) => d.hookId === hookId)
      .sort(newestFirst)
      .slice(0, limit)
  }

  async stats(hookId: string): Promise<OutboxStats> {
    const mine = this.outbox.values().filter((d) => d.hookId === hookId)
    const delivered = mine.filter((d) => d.deliveredAt).sort((a, b) => b.deliveredAt!.localeCompare(a.deliveredAt!))[0]
    const erred = mine.filter((d) => d.lastError && d.state !== 'delivered').sort(newestFirst)[0]
    return {
      pending: mine.filter((d) => d.state === 'pending').length,
      failed: mine.filter((d) => d.state === 'failed').length,
      ...(delivered?.deliveredAt ? { lastDeliveredAt: delivered.deliveredAt } : {}),
      ...(erred?.lastError ? { lastError: erred.lastError } : {}),
    }
  }

  async close(): Promise<void> {
    await this.serial.idle()
    await Promise.all([this.keyLog.close(), this.hookLog.close(), this.outbox.close()])
  }
}
