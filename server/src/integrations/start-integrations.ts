import type { QueueService } from '../queue-service.js'
import { dayEvents } from '../queue/open-day.js'
import { IntegrationFile } from '../store/integration/integration-file.js'
import { PgIntegrations } from '../store/integration/pg-integrations.js'
import type { PgStore } from '../store/pg/pg-store.js'
import { ApiKeys } from './api-keys.js'
import { OutboxSender, type SenderOptions } from './outbox-sender.js'
import { ticketEvents, type OutgoingEvent } from './webhook-events.js'
import { Webhooks } from './webhooks.js'

export interface Integrations {
  apiKeys: ApiKeys
  webhooks: Webhooks
  /** Queues events from elsewhere (the dossiers), in order with the queue's. */
  publish(events: OutgoingEvent[]): void
  /** Adds a source of today's events for the catch-up after a start (the dossiers' changes). */
  replayAlso(source: () => Promise<OutgoingEvent[]>): void
  stop(): Promise<void>
}

/**
 * Opens the integrations next to the day store (PostgreSQL, or files in the data directory, or memory
 * with an injected store), queues a webhook event for every ticket issued, called, finished or rated
 * by this process (another process queues its own), and starts the sender. Stopping waits for the
 * events already handed over to be queued durably, then for the attempt in flight.
 */
export async function openIntegrations(queue: QueueService, where: { pg?: PgStore | undefined; dataDir?: string | undefined }, sender: SenderOptions & { onError: (err: unknown) => void; catchUpAfterMs?: number }): Promise<Integrations> {
  const store = where.pg ? new PgIntegrations(where.pg.pool, where.pg.centre) : await IntegrationFile.open(where.dataDir ?? null, queue.clock)
  const apiKeys = new ApiKeys(store, queue.clock)
  const webhooks = new Webhooks(store, queue.clock)
  const outbox = new OutboxSender(store, { clock: queue.clock, ...sender })
  const stopPoke = webhooks.onQueued(() => outbox.poke())

  // events are queued one change after another, so a receiver sees "called" after "issued"
  let chain: Promise<void> = Promise.resolve()
  const publish = (events: OutgoingEvent[]): void => {
    if (events.length === 0) return
    chain = chain.then(() => webhooks.publish(events)).catch(sender.onError)
  }
  const unsubscribe = queue.subscribe((e) => {
    // no endpoint (the usual centre): nothing is built per change; the list is read again every few seconds
    if (e.kind === 'domain' && !e.elsewhere && !webhooks.surelyNone()) publish(ticketEvents(e.events, queue.today.date, queue.config))
  })
  outbox.start()
  // A crash between a change's journal write and its events' outbox write loses those events: once
  // the server answers, today's journal is replayed and what the outbox lacks is queued (by key, so
  // nothing is queued twice). Only with an endpoint to tell; a long day's replay takes a moment.
  const sources: (() => Promise<OutgoingEvent[]>)[] = [
    async () => {
      const date = queue.today.date
      return ticketEvents(await dayEvents(queue.store, date), date, queue.config)
    },
  ]
  const catchUp = setTimeout(() => {
    chain = chain
      .then(async () => {
        if (!(await store.hooks()).some((h) => h.enabled)) return
        for (const source of sources) await webhooks.publish(await source())
      })
      .catch(sender.onError)
  }, sender.catchUpAfterMs ?? 1_000)
  catchUp.unref()
  return {
    apiKeys,
    webhooks,
    publish,
    replayAlso: (source) => void sources.push(source),
    stop: async () => {
      clearTimeout(catchUp)
      unsubscribe()
      stopPoke()
      await chain
      await outbox.stop()
      await store.close()
    },
  }
}
