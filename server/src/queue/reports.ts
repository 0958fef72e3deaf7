import { LuotError, type AuditEntry, type RatingNote, type StatsQuery, type StatsResult } from '@luot/shared'
import { aggregateDay, type DayAggregate } from '../domain/aggregate.js'
import { buildStats } from '../domain/stats.js'
import type { Config, DayState } from '../domain/types.js'
import type { Store } from '../store/port.js'

/**
 * What the manager's reports read: the stored aggregates of closed days, plus today's worked out
 * live from the day in memory (once per durable state, however many reports ask).
 */
export class Reports {
  private todayAggregate?: { day: DayState; agg: DayAggregate }

  constructor(
    private readonly store: Store,
    private readonly today: () => DayState,
    private readonly config: () => Config,
  ) {}

  /** Statistics over a range. */
  async stats(q: StatsQuery): Promise<StatsResult> {
    return buildStats(this.config(), await this.aggregates(q.from, q.to), q.from, q.to, q.groupBy ?? 'service')
  }

  /** Low ratings and ratings with a comment in [from, to], late ones included, newest first. */
  async ratingNotes(from: string, to: string): Promise<RatingNote[]> {
    const notes = (await this.aggregates(from, to)).flatMap((a) => a.notes ?? [])
    return notes.sort((a, b) => b.at.localeCompare(a.at))
  }

  /** The audit trail (out-of-turn calls, skips, transfers, cancellations) of the days in [from, to]. */
  async audit(from: string, to: string): Promise<AuditEntry[]> {
    return (await this.aggregates(from, to)).flatMap((a) => a.audit)
  }

  /** The aggregates of the days in [from, to]: closed days as stored, today live. */
  async aggregates(from: string, to: string): Promise<DayAggregate[]> {
    if (from > to) throw new LuotError('BAD_REQUEST', 'from is after to')
    const aggs = await this.store.readAggregates(from, to)
    const day = this.today()
    if (!day.closed && day.date >= from && day.date <= to) {
      if (this.todayAggregate?.day !== day) this.todayAggregate = { day, agg: aggregateDay(day, this.config()) }
      aggs.push(this.todayAggregate.agg)
    }
    return aggs
  }
}
