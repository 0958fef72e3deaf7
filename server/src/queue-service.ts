import { dayKey, LuotError, type AuditEntry, type CounterCommand, type IssuedTicket, type PublicSnapshot, type RateBody, type StaffSnapshot, type StatsQuery, type StatsResult, type TrackedTicket, type CounterView, type Channel, type Lang } from '@luot/shared'
import { aggregateDay, type DayAggregate } from './domain/aggregate.js'
import { runCounterCommand } from './domain/counter-command.js'
import { closeDay, newDay } from './domain/day.js'
import { issueTicket } from './domain/issue.js'
import { isIssuing } from './domain/opening-hours.js'
import { rateTicket, type RatingKey } from './domain/rating.js'
import { buildStats } from './domain/stats.js'
import { findByTrackingCode } from './domain/tickets.js'
import type { Actor, Config, Ctx, DayState, DomainEvent, Result } from './domain/types.js'
import { missedViews } from './domain/missed.js'
import { clerkToday, counterView, counterViews, issuedView, publicSettings, serviceViews, trackedView, waitingViews } from './domain/views.js'
import { DayWriter } from './queue/day-writer.js'
import { cryptoIds, type IdSource } from './queue/ids.js'
import type { Store } from './store/port.js'

export type ServiceEvent = { kind: 'domain'; events: DomainEvent[] } | { kind: 'config' } | { kind: 'day-rolled' }

export interface QueueServiceOptions {
  store: Store
  config: Config
  clock?: () => Date
  ids?: IdSource
}

export interface TakeInput {
  serviceId: string
  priorityGroup?: string | null
  lang?: Lang
  channel: Channel
  idempotencyKey?: string
}

/**
 * The one door in front of the domain: load state, run the command, persist, publish.
 * Commands run one at a time; a command is acknowledged only once its change is durable, and
 * every read model (snapshots, events) is built from the durable day, never from a write in flight.
 */
export class QueueService {
  private day: DayState
  private durableDay: DayState
  private readonly writer: DayWriter
  private lock: Promise<unknown> = Promise.resolve()
  private readonly listeners = new Set<(e: ServiceEvent) => void>()
  private readonly clock: () => Date
  private readonly ids: IdSource
  private todayAggregate?: { day: DayState; agg: DayAggregate }

  private constructor(
    private readonly store: Store,
    public config: Config,
    day: DayState,
    opts: QueueServiceOptions,
  ) {
    this.day = this.durableDay = day
    this.clock = opts.clock ?? (() => new Date())
    this.ids = opts.ids ?? cryptoIds
    this.writer = new DayWriter(
      (d) => this.store.writeDay(d),
      () => this.day,
      (d) => (this.durableDay = d),
      () => (this.day = this.durableDay),
    )
  }

  /** Loads today, closing any earlier day left open (a restart after midnight, a crash). */
  static async open(opts: QueueServiceOptions): Promise<QueueService> {
    const now = (opts.clock ?? (() => new Date()))()
    const today = dayKey(now, opts.config.centre.timeZone)
    const latest = await opts.store.latestDay()
    let day: DayState | null = null
    if (latest === today) day = await opts.store.readDay(today)
    else if (latest && latest < today) {
      const old = await opts.store.readDay(latest)
      const svc = new QueueService(opts.store, opts.config, old ?? newDay(latest), opts)
      if (old && !old.closed) await svc.closeCurrentDay()
    }
    return new QueueService(opts.store, opts.config, day ?? newDay(today), opts)
  }

  subscribe(fn: (e: ServiceEvent) => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  private emit(e: ServiceEvent): void {
    for (const fn of this.listeners) fn(e)
  }

  private ctx(): Ctx {
    return { now: this.clock(), newId: this.ids.newId, newTrackingCode: this.ids.newTrackingCode }
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn)
    this.lock = run.catch(() => undefined)
    return run
  }

  /** Applies a domain command; resolves with its value after the change is durable and published. */
  private async mutate<T>(fn: (day: DayState, config: Config, ctx: Ctx) => Result<T>): Promise<T> {
    const { value, events, version } = await this.exclusive(async () => {
      await this.rollIfNeeded()
      const r = fn(this.day, this.config, this.ctx())
      const changed = r.state !== this.day
      this.day = r.state
      return { value: r.value, events: r.events, version: changed ? this.writer.changed() : undefined }
    })
    try {
      await this.writer.durable(version)
    } catch {
      throw new LuotError('STORAGE_FAILED')
    }
    if (events.length) this.emit({ kind: 'domain', events })
    return value
  }

  private async closeCurrentDay(): Promise<void> {
    await this.writer.flush()
    const closed = closeDay(this.durableDay, this.config, this.ctx()).state
    await this.store.writeAggregate(aggregateDay(closed, this.config))
    await this.store.writeDay(closed)
    this.day = this.durableDay = closed
  }

  /** Numbering restarts at local midnight: the old day is closed and a new one begins. */
  private async rollIfNeeded(): Promise<void> {
    const today = dayKey(this.clock(), this.config.centre.timeZone)
    if (today <= this.day.date) return
    await this.closeCurrentDay()
    this.day = this.durableDay = newDay(today)
    this.emit({ kind: 'day-rolled' })
  }

  /** Called by a timer so screens reset at midnight even when nobody acts. */
  tick(): Promise<void> {
    return this.exclusive(() => this.rollIfNeeded())
  }

  get today(): DayState {
    return this.durableDay
  }

  async takeTicket(input: TakeInput): Promise<IssuedTicket> {
    const t = await this.mutate((d, c, ctx) => issueTicket(d, c, input, ctx))
    return issuedView(this.durableDay, this.config, t)
  }

  async counterCommand(counterId: string, actor: Actor, cmd: CounterCommand): Promise<CounterView> {
    await this.mutate((d, c, ctx) => runCounterCommand(d, c, counterId, actor, cmd, ctx))
    return counterView(this.durableDay, this.config, counterId)!
  }

  async rate(key: RatingKey, body: RateBody): Promise<TrackedTicket> {
    const t = await this.mutate((d, c, ctx) => rateTicket(d, c, key, body, ctx))
    return trackedView(this.durableDay, this.config, t)
  }

  track(trackingCode: string): TrackedTicket {
    const t = findByTrackingCode(this.durableDay, trackingCode)
    if (!t) throw new LuotError('TICKET_NOT_FOUND')
    return trackedView(this.durableDay, this.config, t)
  }

  publicSnapshot(): PublicSnapshot {
    const now = this.clock()
    const { openingHours: _hidden, ...centre } = this.config.centre
    const day = this.durableDay
    return { date: day.date, serverTime: now.toISOString(), issuing: isIssuing(this.config.centre, now), centre, services: serviceViews(day, this.config), counters: counterViews(day, this.config), recentCalls: day.recentCalls, settings: publicSettings(this.config) }
  }

  staffSnapshot(userId: string): StaffSnapshot {
    const user = this.config.users.find((u) => u.id === userId)
    if (!user) throw new LuotError('UNAUTHENTICATED')
    const { passwordHash: _h, tokenVersion: _v, ...me } = user
    return { ...this.publicSnapshot(), waiting: waitingViews(this.durableDay), missed: missedViews(this.durableDay), clerks: clerkToday(this.durableDay, this.config), me }
  }

  /** Statistics over a range: stored aggregates of closed days, plus today's computed live. */
  async stats(q: StatsQuery): Promise<StatsResult> {
    return buildStats(this.config, await this.aggregates(q.from, q.to), q.from, q.to, q.groupBy ?? 'service')
  }

  /** Stored aggregates of the closed days in [from, to], plus today's computed live (cached per durable state). */
  private async aggregates(from: string, to: string): Promise<DayAggregate[]> {
    if (from > to) throw new LuotError('BAD_REQUEST', 'from is after to')
    const aggs = await this.store.readAggregates(from, to)
    const day = this.durableDay
    if (!day.closed && day.date >= from && day.date <= to) {
      if (this.todayAggregate?.day !== day) this.todayAggregate = { day, agg: aggregateDay(day, this.config) }
      aggs.push(this.todayAggregate.agg)
    }
    return aggs
  }

  /** The audit trail (out-of-turn calls, skips, transfers, cancellations) of the days in [from, to]. */
  async audit(from: string, to: string): Promise<AuditEntry[]> {
    return (await this.aggregates(from, to)).flatMap((a) => a.audit)
  }

  /** Replaces the configuration durably, then tells every screen. `change` validates and may throw. */
  async updateConfig<T>(change: (config: Config, day: DayState) => { config: Config; value: T }): Promise<T> {
    const value = await this.exclusive(async () => {
      const r = change(structuredClone(this.config), this.day)
      try {
        await this.store.writeConfig(r.config)
      } catch {
        throw new LuotError('STORAGE_FAILED')
      }
      this.config = r.config
      return r.value
    })
    this.emit({ kind: 'config' })
    return value
  }

  /** Finishes pending writes; used on shutdown. */
  async close(): Promise<void> {
    await this.exclusive(() => this.writer.flush())
  }
}
