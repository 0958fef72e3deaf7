import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The webhook signature: hex HMAC-SHA256, keyed with the endpoint's secret, of "<timestamp>.<body>"
 * (Unix seconds, then the exact body bytes), sent as `X-Luot-Signature: sha256=<hex>`. The
 * timestamp lets a receiver refuse old replays; the body is the same on every retry.
 */
export const signature = (secret: string, timestamp: number, body: string): string => `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

/** A receiver's check (used by the tests and shown in the admin's help): constant time. */
export function verifySignature(secret: string, timestamp: number, body: string, header: string): boolean {
  const want = Buffer.from(signature(secret, timestamp, body))
  const got = Buffer.from(header)
  return want.length === got.length && timingSafeEqual(want, got)
}
