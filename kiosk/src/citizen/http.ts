import { rootPath } from '@luot/shared/client/connect'
import { NO_ANSWER, type Reply } from '@luot/shared/client/send'
import { newIdempotencyKey } from '@luot/shared/client/idempotency-key'

export { newIdempotencyKey }

/** How long the phone pages wait for the server before saying the connection failed. */
export const HTTP_ANSWER_MS = 10_000

/**
 * One HTTP call of the citizen's phone pages (/book/, /join/) and the kiosk's check-in. The server's
 * Ack as it came, or NoAnswer when the network (not the server) failed, so the caller may retry with
 * the same Idempotency-Key.
 */
export async function call<T>(method: 'GET' | 'POST', path: string, opts: { body?: unknown; key?: string } = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = {}
  if (opts.body !== undefined) headers['content-type'] = 'application/json'
  if (opts.key) headers['idempotency-key'] = opts.key
  try {
    const res = await fetch(`${rootPath()}${path.replace(/^\//, '')}`, {
      method,
      headers,
      credentials: 'same-origin',
      signal: AbortSignal.timeout(HTTP_ANSWER_MS),
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    })
    return (await res.json()) as Reply<T>
  } catch {
    return NO_ANSWER
  }
}
