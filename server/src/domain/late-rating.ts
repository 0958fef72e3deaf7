import { LuotError, type LateRating, type RateBody } from '@luot/shared'
import { aggregateDay, type DayAggregate } from './aggregate.js'
import { ratingRecord, findRateable, type RatingKey } from './rating.js'
import { withRating } from './rated-ticket.js'
import type { Config, Ctx, DayState, DayTicket } from './types.js'

/** Default hours after a visit ends during which its rating is still taken once the day is closed. */
export const DEFAULT_LATE_WINDOW_HOURS = 24

export const lateWindowHours = (config: Config): number => config.settings.rating.lateWindowHours ?? DEFAULT_LATE_WINDOW_HOURS

/** Whether a finished ticket may still be rated at `now`: within the window after it finished. */
export function withinLateWindow(ticket: DayTicket, config: Config, now: Date): boolean {
  if (!ticket.finishedAt) return false
  return now.getTime() - Date.parse(ticket.finishedAt) <= lateWindowHours(config) * 3_600_000
}

/** The closed day as it stands with its late records applied, in order, by the same rule as the fold. */
export function withLateRecords(day: DayState, records: readonly LateRating[]): DayState {
  let out = day
  for (const r of records) {
    const t = out.tickets.find((x) => x.id === r.ticketId)
    if (!t) throw new Error(`late record for unknown ticket ${r.ticketId} of ${day.date}`)
    const rated = withRating(t, r)
    out = { ...out, tickets: out.tickets.map((x) => (x.id === t.id ? rated : x)) }
  }
  return out
}

/**
 * A rating of a ticket whose day is closed, by the same rules as on the day (own finished ticket,
 * once, a reason amends the same score), within the late window. `day` already carries the
 * earlier late records. Returns the record to append and the rated ticket; throws TICKET_NOT_FOUND
 * when the key is not in this day, RATING_NOT_ALLOWED past the window.
 */
export function rateLate(day: DayState, config: Config, key: RatingKey, body: RateBody, ctx: Ctx): { record: LateRating; ticket: DayTicket } {
  const ticket = findRateable(day, key)
  if (!ticket) throw new LuotError('TICKET_NOT_FOUND')
  if (ticket.status === 'done' && !withinLateWindow(ticket, config, ctx.now)) throw new LuotError('RATING_NOT_ALLOWED', 'the time to rate this visit has passed')
  const record = ratingRecord(ticket, config, key, body, ctx.now.toISOString())
  return { record, ticket: withRating(ticket, record) }
}

/**
 * The closed day's aggregate with its late ratings counted: recomputed from the closed day and
 * every late record, so applying it twice (a crash before the aggregate was rewritten) is harmless.
 * `lateApplied` says how many records it holds.
 */
export function amendedAggregate(day: DayState, config: Config, records: readonly LateRating[]): DayAggregate {
  return { ...aggregateDay(withLateRecords(day, records), config), lateApplied: records.length }
}
