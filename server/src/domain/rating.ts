import { LuotError, type RateBody, type Rating } from '@luot/shared'
import { findByTrackingCode, replaceTicket, step } from './tickets.js'
import type { Config, Ctx, DayState, DayTicket, Result } from './types.js'

export type RatingKey = { trackingCode: string } | { ratingToken: string }

/** Finds the ticket a rating key points at in one day, or undefined. */
export function findRateable(day: DayState, key: RatingKey): DayTicket | undefined {
  return 'trackingCode' in key ? findByTrackingCode(day, key.trackingCode) : day.tickets.find((x) => x.ratingToken !== undefined && x.ratingToken === key.ratingToken)
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
 * The ticket with the citizen's rating applied, by the rules that hold on the visit day and after
 * it (a late rating): only the citizen's own finished ticket, once. A second call with the same
 * value from the same place (phone or pad) that brings a reason or a comment amends the rating
 * once: the score is recorded the moment it is tapped and the reason follows when chosen.
 */
export function applyRating(ticket: DayTicket, config: Config, key: RatingKey, body: RateBody, at: string): DayTicket {
  if (ticket.status !== 'done') throw new LuotError('RATING_NOT_ALLOWED')
  const scale = config.settings.rating
  if (!scale.levels.some((l) => l.value === body.value)) throw new LuotError('RATING_VALUE_INVALID')
  const reasonId = checkedReason(config, body.value, body.reasonId)
  const comment = body.comment?.trim().slice(0, 500) || undefined
  const old = ticket.rating
  if (old) {
    const amendable = old.source === sourceOf(key) && old.value === body.value && old.amendedAt === undefined && old.reasonId === undefined && old.comment === undefined
    if (!amendable || (reasonId === undefined && comment === undefined)) throw new LuotError('ALREADY_RATED')
    const amended: Rating = { ...old, amendedAt: at, ...(reasonId ? { reasonId } : {}), ...(comment ? { comment } : {}) }
    const { ratingToken: _spent, ...rest } = ticket
    return { ...rest, rating: amended }
  }
  const rating: Rating = { value: body.value, source: sourceOf(key), at, ...(reasonId ? { reasonId } : {}), ...(comment ? { comment } : {}) }
  // The pad keeps its token until the reason is added (or the day ends): it amends by that token.
  const keep = reasonId === undefined && comment === undefined && 'ratingToken' in key
  const { ratingToken, ...rest } = ticket
  return { ...rest, ...(keep && ratingToken ? { ratingToken } : {}), rating, history: step(ticket, 'rated', at) }
}

/**
 * Records the citizen's satisfaction with their own finished ticket: from the phone (by tracking
 * code) or from the pad at the counter (by the one-off rating token). See `applyRating`.
 */
export function rateTicket(day: DayState, config: Config, key: RatingKey, body: RateBody, ctx: Ctx): Result<DayTicket> {
  const ticket = findRateable(day, key)
  if (!ticket) throw new LuotError('TICKET_NOT_FOUND')
  const rated = applyRating(ticket, config, key, body, ctx.now.toISOString())
  return { state: replaceTicket(day, rated), events: [{ type: 'ticket-rated', ticket: rated }], value: rated }
}
