import { dayKey, LuotError, type RateBody } from '@luot/shared'
import { amendedAggregate, lateWindowHours, rateLate, withinLateWindow, withLateRecords } from '../domain/late-rating.js'
import { findRateable, type RatingKey } from '../domain/rating.js'
import type { Config, Ctx, DayState, DayTicket } from '../domain/types.js'
import type { Store } from '../store/port.js'

/** A closed day with its late ratings applied, and the ticket a key found in it. */
export interface LateHit {
  day: DayState
  ticket: DayTicket
  open: boolean
}

/**
 * Ratings after midnight, counted against the day of the visit. The closed day is never rewritten:
 * each late rating is one fsync-ed line of `late/<visit day>` (acknowledged once durable), then the
 * visit day's aggregate is recomputed from the closed day plus all its late lines and replaced
 * durably. The aggregate records how many lines it counts, so a crash between the two steps is
 * repaired by `reconcile` at start. The caller runs these one at a time (the queue service's lock).
 */
export class LateRatings {
  /** Closed days never change; their late lines are re-read, they are few. */
  private readonly closedDays = new Map<string, DayState | null>()

  constructor(
    private readonly store: Store,
    private readonly config: () => Config,
  ) {}

  private async closedDay(date: string): Promise<DayState | null> {
    if (!this.closedDays.has(date)) {
      const d = await this.store.readClosedDay(date)
      this.closedDays.set(date, d?.closed ? d : null)
    }
    return this.closedDays.get(date) ?? null
  }

  /** Visit days still open to late ratings at `now`, newest first, before `today`. */
  private candidateDates(now: Date, today: string): string[] {
    const tz = this.config().centre.timeZone
    const first = dayKey(new Date(now.getTime() - lateWindowHours(this.config()) * 3_600_000), tz)
    const out: string[] = []
    for (let t = now.getTime(); ; t -= 86_400_000) {
      const d = dayKey(new Date(t), tz)
      if (d < first) break
      if (d < today && !out.includes(d)) out.push(d)
    }
    if (!out.includes(first) && first < today) out.push(first)
    return out
  }

  /** The closed day (with its late records) holding the key's ticket, if it is still in the window. */
  async find(key: RatingKey, now: Date, today: string): Promise<LateHit | null> {
    for (const date of this.candidateDates(now, today)) {
      const closed = await this.closedDay(date)
      if (!closed) continue
      const day = withLateRecords(closed, await this.store.readLateRecords(date))
      const ticket = findRateable(day, key)
      if (ticket) return { day, ticket, open: withinLateWindow(ticket, this.config(), now) }
    }
    return null
  }

  /** Records a late rating durably and amends its day's aggregate; TICKET_NOT_FOUND when no closed day in the window has it. */
  async rate(key: RatingKey, body: RateBody, ctx: Ctx, today: string): Promise<{ day: DayState; ticket: DayTicket }> {
    const hit = await this.find(key, ctx.now, today)
    if (!hit) throw new LuotError('TICKET_NOT_FOUND')
    const { record, ticket } = rateLate(hit.day, this.config(), key, body, ctx)
    await this.store.appendLateRecord(hit.day.date, record)
    const closed = (await this.closedDay(hit.day.date))!
    const records = await this.store.readLateRecords(hit.day.date)
    await this.store.writeAggregate(amendedAggregate(closed, this.config(), records))
    return { day: withLateRecords(closed, records), ticket }
  }

  /** At start: any visit day in the window whose aggregate misses some of its late lines is recomputed. */
  async reconcile(now: Date, today: string): Promise<void> {
    for (const date of this.candidateDates(now, today)) {
      const records = await this.store.readLateRecords(date)
      if (records.length === 0) continue
      const [agg] = await this.store.readAggregates(date, date)
      if ((agg?.lateApplied ?? 0) >= records.length) continue
      const closed = await this.closedDay(date)
      if (closed) await this.store.writeAggregate(amendedAggregate(closed, this.config(), records))
    }
  }
}
