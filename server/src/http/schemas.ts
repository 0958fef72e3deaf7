import Type, { type TSchema } from 'typebox'
import { ERROR_CODES } from '@luot/shared'

export const ErrorReply = Type.Object({
  ok: Type.Literal(false),
  error: Type.Object({
    code: Type.Union(ERROR_CODES.map((c) => Type.Literal(c))),
    message: Type.String(),
    messageEn: Type.String(),
    details: Type.Optional(Type.String()),
  }),
})

/** The success envelope `{ ok: true, data }` around a route's payload schema. */
export const Ok = <T extends TSchema>(data: T) => Type.Object({ ok: Type.Literal(true), data })

/** Standard responses: the success shape plus the error shape for every 4xx/5xx. */
/** A route that answers with a file of `type` (an export), or an error. */
export const fileReplies = (type: string) => ({ 200: { description: `${type} file`, content: { [type]: { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } } }, '4xx': ErrorReply, '5xx': ErrorReply })

export const replies = <T extends TSchema>(data: T) => ({ 200: Ok(data), '4xx': ErrorReply, '5xx': ErrorReply })
export const created = <T extends TSchema>(data: T) => ({ 201: Ok(data), '4xx': ErrorReply, '5xx': ErrorReply })

/** Per-route rate-limit config for @fastify/rate-limit: `max` requests a minute per address; 0 turns it off. */
export const rateLimitConfig = (max: number): { rateLimit: { max: number; timeWindow: number } | false } => ({ rateLimit: max > 0 ? { max, timeWindow: 60_000 } : false })
