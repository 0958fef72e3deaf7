import type { StoredDelivery, StoredWebhook } from '@luot/shared'
import type { IntegrationStore } from '../store/integration/port.js'
import { signature } from './sign.js'

/** Waits after the 1st, 2nd … failed attempt; after the last one the delivery is failed for good (about 28 hours in all). */
export const RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000, 43_200_000]

export interface SenderOptions {
  /** Waits between attempts (tests shorten them). */
  retryDelaysMs?: readonly number[]
  /** How often the outbox is looked at when nothing pokes it. */
  pollMs?: number
  /** An attempt that gets no answer within this is a failure. */
  timeoutMs?: number
  clock?: () => Date
  onError?: (err: unknown) => void
}

const BATCH = 20

/**
 * Sends the outbox: each due delivery is POSTed to its endpoint, signed (`sign.ts`), with a timeout;
 * a 2xx answer marks it delivered, anything else schedules the next attempt with backoff, and after
 * the last it is failed (the admin can send failed ones again). The state after each attempt is
 * stored before the next one: a restart resumes where the outbox stands, and a delivery whose
 * attempt was cut short by a crash is sent again (receivers drop repeats by `X-Luot-Delivery`).
 */
export class OutboxSender {
  private timer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null
  private again = false
  private stopped = false
  private readonly delays: readonly number[]
  private readonly clock: () => Date

  constructor(
    private readonly store: IntegrationStore,
    private readonly opts: SenderOptions = {},
  ) {
    this.delays = opts.retryDelaysMs ?? RETRY_DELAYS_MS
    this.clock = opts.clock ?? (() => new Date())
  }

  start(): void {
    this.timer = setInterval(() => this.poke(), this.opts.pollMs ?? 1_000)
    this.timer.unref()
    this.poke()
  }

  /** Looks at the outbox now (again right after the current round, if one is running). */
  poke(): void {
    if (this.stopped) return
    if (this.running) {
      this.again = true
      return
    }
    this.running = this.round()
      .catch((err: unknown) => this.opts.onError?.(err))
      .finally(() => {
        this.running = null
        if (this.again && !this.stopped) {
          this.again = false
          this.poke()
        }
      })
  }

  private async round(): Promise<void> {
    for (;;) {
      const due = await this.store.claimDue(this.clock(), BATCH, (this.opts.timeoutMs ?? 10_000) * 3)
      if (due.length === 0 || this.stopped) return
      const hooks = new Map((await this.store.hooks()).map((h) => [h.id, h]))
      // endpoints in parallel, each endpoint's deliveries in order
      const byHook = new Map<string, StoredDelivery[]>()
      for (const d of due) byHook.set(d.hookId, [...(byHook.get(d.hookId) ?? []), d])
      await Promise.all([...byHook].map(async ([hookId, list]) => {
        const hook = hooks.get(hookId)
        for (const d of list) if (hook && !this.stopped) await this.store.putDelivery(await this.attempt(hook, d))
      }))
      if (due.length < BATCH) return
    }
  }

  private async attempt(hook: StoredWebhook, d: StoredDelivery): Promise<StoredDelivery> {
    const now = this.clock()
    const ts = Math.floor(now.getTime() / 1000)
    const attempts = d.attempts + 1
    let status: number | undefined
    let error: string | undefined
    try {
      const res = await fetch(hook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Luot-Webhooks/1', 'x-luot-event': d.event, 'x-luot-delivery': d.id, 'x-luot-timestamp': String(ts), 'x-luot-signature': signature(hook.secret, ts, d.body) },
        body: d.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
      })
      status = res.status
      await res.body?.cancel().catch(() => undefined)
      if (res.ok) {
        const { lastError: _e, ...rest } = d
        return { ...rest, state: 'delivered', attempts, lastStatus: status, deliveredAt: this.clock().toISOString() }
      }
      error = `HTTP ${status}`
    } catch (err) {
      error = (err instanceof Error ? (err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message) : String(err)).slice(0, 300)
    }
    const wait = this.delays[attempts - 1]
    const base = { ...d, attempts, lastError: error, ...(status !== undefined ? { lastStatus: status } : {}) }
    return wait === undefined ? { ...base, state: 'failed' } : { ...base, state: 'pending', nextAttemptAt: new Date(now.getTime() + wait).toISOString() }
  }

  /** Stops sending; an attempt in flight finishes and its outcome is stored. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearInterval(this.timer)
    await this.running
  }
}
