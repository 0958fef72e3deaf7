import type { LateRating } from '@luot/shared'
import { step } from './tickets.js'
import type { DayTicket } from './types.js'

/**
 * The ticket with a rating record applied: what the fold does on the day, and what a late rating
 * does to a closed day's ticket. A pad rating keeps its token until the reason amends it.
 */
export function withRating(ticket: DayTicket, r: LateRating): DayTicket {
  const { ratingToken, ...rest } = ticket
  const extra = { ...(r.reasonId !== undefined ? { reasonId: r.reasonId } : {}), ...(r.comment !== undefined ? { comment: r.comment } : {}) }
  if (r.type === 'rating-amended') return { ...rest, rating: { ...ticket.rating!, ...extra, amendedAt: r.at } }
  const keep = r.source === 'pad' && r.reasonId === undefined && r.comment === undefined && ratingToken !== undefined
  return { ...rest, ...(keep ? { ratingToken } : {}), rating: { value: r.value, source: r.source, at: r.at, ...extra }, history: step(ticket, 'rated', r.at) }
}
