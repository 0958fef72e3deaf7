import type { Ack, ApiError, IssuedTicket } from '@luot/shared'
import { newIdempotencyKey } from '@luot/shared/client/idempotency-key'

/** The ticket the server issued; `print` is sent by servers that report how printing went. */
export type KioskTicket = IssuedTicket & { print?: 'printed' | 'failed' | 'no-printer' }

/** One ticket the citizen asked for. Its key is reused for every retry, so the server issues it once. */
export interface TakeIntent {
  serviceId: string
  priorityGroup: string | null
  key: string
  createdAt: number
}

/** An unconfirmed intent is reused by a re-tap of the same choice within this time. */
export const INTENT_REUSE_MS = 2 * 60_000

/**
 * The intent for a tap: the previous one when it was never confirmed (the network failed) and the
 * citizen taps the same choice again soon after; else a fresh key.
 */
export function intentFor(unconfirmed: TakeIntent | null, serviceId: string, priorityGroup: string | null, now: number, newKey: () => string = newIdempotencyKey): TakeIntent {
  if (unconfirmed && unconfirmed.serviceId === serviceId && unconfirmed.priorityGroup === priorityGroup && now - unconfirmed.createdAt < INTENT_REUSE_MS) {
    return unconfirmed
  }
  return { serviceId, priorityGroup, key: newKey(), createdAt: now }
}

export type TakeOutcome = { ok: true; ticket: KioskTicket } | { ok: false; error: Pick<ApiError, 'code'> | { code: 'NO_ANSWER' } }

export interface TakeDeps {
  /** Sends once; rejects when there was no answer (offline, timeout). */
  send: (body: { serviceId: string; priorityGroup?: string; idempotencyKey: string }) => Promise<Ack<IssuedTicket>>
  /** Resolves when the link is back, or after a while anyway. */
  waitOnline: () => Promise<void>
  now: () => number
}

/** How long one tap keeps trying through a network hiccup before it tells the citizen. */
export const TAKE_GIVE_UP_MS = 20_000

/**
 * Takes one ticket: on no answer, waits for the link and sends again with the SAME key, so a
 * hiccup never issues two. A server refusal (closed, cap reached…) is final.
 */
export async function takeWithRetry(intent: TakeIntent, deps: TakeDeps, giveUpMs = TAKE_GIVE_UP_MS): Promise<TakeOutcome> {
  const start = deps.now()
  const body = { serviceId: intent.serviceId, idempotencyKey: intent.key, ...(intent.priorityGroup ? { priorityGroup: intent.priorityGroup } : {}) }
  for (;;) {
    try {
      const ack = await deps.send(body)
      return ack.ok ? { ok: true, ticket: ack.data } : { ok: false, error: ack.error }
    } catch {
      if (deps.now() - start >= giveUpMs) return { ok: false, error: { code: 'NO_ANSWER' } }
      await deps.waitOnline()
    }
  }
}
