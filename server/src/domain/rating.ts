import { LuotError, type RateBody, type RecordOf } from '@luot/shared'
import { decided, ticketIn } from './fold.js'
import { findByTrackingCode } from './tickets.js'
import type { Config, Ctx, DayState, DayTicket, Result } from './types.js'

export type RatingKey = { trackingCode: string } | { ratingToken: string }

function findRateable(day: DayState, key: RatingKey): DayTicket {
  const t = 'trackingCode' in key ? findByTrackingCode(day, key.trackingCode) : day.tickets.find((x) => x.ratingToken !== undefined && x.ratingToken === key.ratingToken)
  if (!t) throw new LuotError('TICKET_NOT_FOUND')
  return t
}

/**
 * Records the citizen's satisfaction with their own finished ticket, once: from the phone (by
 * tracking code) or from the pad at the counter (by the one-off rating token).
 */
export function rateTicket(day: DayState, config: Config, key: RatingKey, body: RateBody, ctx: Ctx): Result<DayTicket> {
  const ticket = findRateable(day, key)
  if (ticket.status !== 'done') throw new LuotError('RATING_NOT_ALLOWED')
  if (ticket.rating) throw new LuotError('ALREADY_RATED')
  const scale = config.settings.rating
  if (!scale.levels.some((l) => l.value === body.value)) throw new LuotError('RATING_VALUE_INVALID')
  if (body.reasonId !== undefined && !scale.lowReasons.some((r) => r.id === body.reasonId)) throw new LuotError('BAD_REQUEST', 'unknown reasonId')
  const record: RecordOf<'ticket-rated'> = { v: 1, type: 'ticket-rated', at: ctx.now.toISOString(), ticketId: ticket.id, value: body.value, source: 'trackingCode' in key ? 'phone' : 'pad' }
  if (body.reasonId !== undefined) record.reasonId = body.reasonId
  const comment = body.comment?.trim()
  if (comment) record.comment = comment
  return decided(day, [record], (state) => ticketIn(state, ticket.id))
}
