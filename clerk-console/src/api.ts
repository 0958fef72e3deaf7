import type { Ack } from '@luot/shared'
import { withExpiredSession, store } from './state.js'
import { apiPath } from './root-path.js'
import { fromApiError, NETWORK_ERROR, type UiError } from './ui-error.js'

export type Result<T> = { ok: true; data: T } | { ok: false; error: UiError }

/**
 * Every HTTP call of the console. Replies keep the server's shape; an UNAUTHENTICATED reply on
 * anything but the login itself means the session ended: the console returns to the login.
 */
export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Result<T>> {
  // A body with its own content type (a CSV file) goes as it is; anything else as JSON.
  const raw = typeof body === 'string' && headers['content-type'] !== undefined
  let res: Response
  try {
    res = await fetch(apiPath(path), {
      method,
      credentials: 'same-origin',
      headers: body === undefined || raw ? headers : { ...headers, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: raw ? body : JSON.stringify(body) }),
    })
  } catch {
    return { ok: false, error: NETWORK_ERROR }
  }
  let reply: Ack<T>
  try {
    reply = (await res.json()) as Ack<T>
  } catch {
    return { ok: false, error: NETWORK_ERROR }
  }
  if (reply.ok) return reply
  if (reply.error.code === 'UNAUTHENTICATED' && !path.startsWith('/api/auth/')) store.update(withExpiredSession)
  return { ok: false, error: fromApiError(reply.error) }
}

export const get = <T>(path: string) => api<T>('GET', path)
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body)
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body)
export const del = <T>(path: string) => api<T>('DELETE', path)
