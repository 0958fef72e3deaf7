import { LuotError, type LateRating, type RateBody, type Rating } from '@luot/shared'
import { decided, ticketIn } from './fold.js'
import { findByRatingToken, findByTrackingCode } from './tickets.js'
import type { Config, Ctx, DayState, DayTicket, Result } from './types.js'

export type RatingKey = { trackingCode: string } | { ratingToken: string }

/** Finds the ticket a rating key points at in one day, or undefined. */
export function findRateable(day: DayState, key: RatingKey): DayTicket | undefined {
  return 'trackingCode' in key ? findByTrackingCode(day, key.trackingCode) : findByRatingToken(day, key.ratingToken)
}

const sourceOf = (key: RatingKey): Rating['source'] => ('trackingCode' in key ? 'phone' : 'pad')

function checkedReason(config: Config, value: number, reasonId: string | undefined): string | undefined {
  if (reasonId === undefined) return undefined
  const scale = config.settings.rating
  if (!scale.lowReasons.some((r) => r.id === reasonId)) throw new LuotError('BAD_REQUEST', 'unknown reasonId')
  if (value > scale.lowMax) throw new LuotError('BAD_REQUEST', 'a reason is asked only for a low rating')
  return reasonId
}

/**
 * The record a rating makes, by the rules that hold on the visit day and after it (a late rating):
 * only the citizen's own finished ticket, once. The score is recorded the moment it is tapped; a
 * second call with the same value from the same place (phone or pad) that brings a reason or a
 * comment amends it, once ('rating-amended').
 */
export function ratingRecord(ticket: DayTicket, config: Config, key: RatingKey, body: RateBody, at: string): LateRating {
  if (ticket.status !== 'done') throw new LuotError('RATING_NOT_ALLOWED')
  if (!config.settings.rating.levels.some((l) => l.value === body.value)) throw new LuotError('RATING_VALUE_INVALID')
  const reasonId = checkedReason(config, body.value, body.reasonId)
  const comment = body.comment?.trim().slice(0, 500) || undefined
  const extra = { ...(reasonId ? { reasonId } : {}), ...(comment ? { comment } : {}) }
  const old = ticket.rating
  if (!old) return { v: 1, type: 'ticket-rated', at, ticketId: ticket.id, value: body.value, source: sourceOf(key), ...extra }
  const amendable = old.source === sourceOf(key) && old.value === body.value && old.amendedAt === undefined && old.reasonId === undefined && old.comment === undefined
  if (!amendable || (reasonId === undefined && comment === undefined)) throw new LuotError('ALREADY_RATED')
  return { v: 1, type: 'rating-amended', at, ticketId: ticket.id, ...extra }
}

/**
 * Records the citizen's satisfaction with their own finished ticket: from the phone (by tracking
 * code) or from the pad at the counter (by the one-off rating token). See `ratingRecord`.
 */
export function rateTicket(day: DayState, config: Config, key: RatingKey, body: RateBody, ctx: Ctx): Result<DayTicket> {
  const ticket = findRateable(day, key)
  if (!ticket) throw new LuotError('TICKET_NOT_FOUND')
  const record = ratingRecord(ticket, config, key, body, ctx.now.toISOString())
  return decided(day, [record], (state) => ticketIn(state, ticket.id))
}
