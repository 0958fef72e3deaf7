import type { StoredApiKey, StoredDelivery, StoredWebhook } from '@luot/shared'

/** A webhook's outbox at a glance, for the admin list. */
export interface OutboxStats {
  pending: number
  failed: number
  lastDeliveredAt?: string
  lastError?: string
}

/**
 * The integrations port: API keys, webhook endpoints and the webhook outbox. The embedded files
 * (`integration-file.ts`, the default) and PostgreSQL (`pg-integrations.ts`) guarantee the same
 * (`test/integration/integrations/integration-store.test.ts` checks both):
 * - every write is durable (fdatasync / COMMIT) before it resolves, all of a call's records or none;
 * - `claimDue` hands a due delivery to one caller at a time: with several processes, another
 *   process does not take it until the lease runs out (its holder died mid-attempt);
 * - what is read back is what was written, checked against the shared schema.
 */
export interface IntegrationStore {
  keys(): Promise<StoredApiKey[]>
  keyByHash(hash: string): Promise<StoredApiKey | undefined>
  putKey(key: StoredApiKey): Promise<void>
  /** Sets a key's `lastUsedAt` and nothing else (a revocation meanwhile stays). */
  touchKey(id: string, at: string): Promise<void>
  hooks(): Promise<StoredWebhook[]>
  putHook(hook: StoredWebhook): Promise<void>
  /** Removes the endpoint and its deliveries. */
  deleteHook(id: string): Promise<void>
  /** Adds deliveries whose id is not in the outbox yet (an event derived again is not queued twice). */
  enqueue(deliveries: readonly StoredDelivery[]): Promise<void>
  /** Up to `limit` pending deliveries due at `now`, oldest first, each leased to the caller for `leaseMs`. */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<StoredDelivery[]>
  /** Stores a delivery after an attempt (its lease ends). */
  putDelivery(delivery: StoredDelivery): Promise<void>
  /** Failed deliveries of an endpoint back to pending, due `at`; returns how many. */
  retryFailed(hookId: string, at: string): Promise<number>
  /** The latest deliveries of an endpoint, newest first. */
  deliveries(hookId: string, limit: number): Promise<StoredDelivery[]>
  stats(hookId: string): Promise<OutboxStats>
  close(): Promise<void>
}
