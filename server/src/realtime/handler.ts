import { Compile } from 'typebox/compile'
import type { TSchema, Static } from 'typebox'
import { apiError, type Ack } from '@luot/shared'
import { toApiError } from '../http/error-handler.js'

/**
 * Wraps a socket command: validates the payload with the same TypeBox schema as HTTP (typing is
 * not validation), runs it, and always answers with an Ack; no raw exception text leaves.
 */
export function command<S extends TSchema, R>(schema: S, run: (body: Static<S>) => Promise<R> | R) {
  const validator = Compile(schema)
  return async (body: unknown, ack: unknown): Promise<void> => {
    if (typeof ack !== 'function') return
    const reply = ack as (res: Ack<R>) => void
    if (!validator.Check(body)) {
      const first = [...validator.Errors(body)][0]
      reply({ ok: false, error: apiError('BAD_REQUEST', first ? `${first.instancePath || '/'} ${first.message}` : undefined) })
      return
    }
    try {
      reply({ ok: true, data: await run(body as Static<S>) })
    } catch (err) {
      reply({ ok: false, error: toApiError(err).error })
    }
  }
}
