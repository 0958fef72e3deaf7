import { LuotError, apiError, type ApiError } from '@luot/shared'
import type { FastifyError, FastifyInstance } from 'fastify'

/** Turns any thrown error into the shared reply shape; no raw exception text leaves the server. */
export function toApiError(err: unknown): { status: number; error: ApiError } {
  if (err instanceof LuotError) return { status: err.status, error: err.toApiError() }
  const fe = err as FastifyError
  if (fe?.validation) return { status: 400, error: apiError('BAD_REQUEST', fe.message.slice(0, 300)) }
  if (fe?.statusCode === 429) return { status: 429, error: apiError('RATE_LIMITED') }
  if (fe?.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return { status: fe.statusCode, error: apiError(fe.statusCode === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', fe.code) }
  return { status: 500, error: apiError('INTERNAL') }
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    const { status, error } = toApiError(err)
    if (status >= 500) req.log.error({ err }, 'request failed')
    void reply.status(status).send({ ok: false, error })
  })
  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send({ ok: false, error: apiError('NOT_FOUND', `${req.method} ${req.url.split('?')[0]}`) })
  })
}

