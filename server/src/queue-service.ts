import { dayKey, LuotError, SerialQueue, type CounterCommand, type IssuedTicket, type PublicSnapshot, type RateBody, type StaffSnapshot, type TrackedTicket, type CounterView } from '@luot/shared'
import { aggregateDay } from './domain/aggregate.js'
import { runCounterCommand } from './domain/counter-command.js'
import { releaseClerk, releaseCounter } from './domain/counter-release.js'
import { closeDay } from './domain/day.js'
import { issueTicket, type IssueCommand } from './domain/issue.js'
import { isIssuing } from './domain/opening-hours.js'
import { rateTicket, type RatingKey } from './domain/rating.js'
import { findByTrackingCode } from './domain/tickets.js'
import type { Actor, Config, Ctx, DayState, DomainEvent, Result } from './domain/types.js'
import { missedViews } from './domain/missed.js'
import { clerkToday, counterView, counterViews, issuedView, publicSettings, serviceViews, trackedView, waitingViews } from './domain/views.js'
import { JournalWriter, type JournalHost } from './queue/journal-writer.js'
import { LateRatings } from './queue/late-ratings.js'
import { Reports } from './queue/reports.js'
import { saveConfigChange } from './queue/config-save.js'
import { openDay } from './queue/open-day.js'
import { CHECKPOINT_PACE, Checkpoints, type CheckpointPace } from './queue/checkpoints.js'
import { cryptoIds, type IdSource } from './queue/ids.js'
import type { Store } from './store/port.js'

/** `elsewhere`: records another process appended and published itself, folded in here (several processes on one PostgreSQL). */
export type ServiceEvent = { kind: 'domain'; events: DomainEvent[]; elsewhere: boolean } | { kind: 'config' } | { kind: 'day-rolled' }

export interface QueueServiceOptions {
  store: Store
  config: Config
  clock?: () => Date
  ids?: IdSource
  /** Told when records another process appended could not be read or folded in, or a checkpoint not written. */
  onStoreError?: (err: unknown) => void
  /** How often today's checkpoint is written while serving (default CHECKPOINT_PACE). */
  checkpointPace?: CheckpointPace
}

/** Taking a ticket: the domain's issue command (service, priority, language, channel, key, booking mark). */
export type TakeInput = IssueCommand

/**
 * The one door in front of the domain: load state, run the command, persist, publish.
 * Commands run one at a time on the in-memory day; each is acknowledged only once its records are
 * durable in the day's journal (group commit: `queue/journal-writer.ts`), and every read model
 * (snapshots, events) is built from the durable day, never from a write in flight. With a store
 * shared by several processes, records appended elsewhere are folded in and published like ours.
 */
export class QueueService {
  private journal!: JournalWriter
  private readonly serial = new SerialQueue()
  private readonly listeners = new Set<(e: ServiceEvent) => void>()
  /** The service's clock (injected in tests); views that depend on time (a booking's slot) read it too. */
  readonly clock: () => Date
  private readonly ids: IdSource
  /** The manager's reports: closed days' aggregates and today's, live. */
  readonly reports: Reports
  private unwatch?: () => void
  private today_?: { minute: number; tz: string; date: string }
  private readonly late: LateRatings
  private readonly checkpoints: Checkpoints

  private constructor(
    readonly store: Store,
    public config: Config,
    private readonly opts: QueueServiceOptions,
  ) {
    this.clock = opts.clock ?? (() => new Date())
    this.ids = opts.ids ?? cryptoIds
    this.late = new LateRatings(store, () => this.config)
    this.reports = new Reports(store, () => this.today, () => this.config)
    this.checkpoints = new Checkpoints(store, opts.checkpointPace ?? CHECKPOINT_PACE, (err) => opts.onStoreError?.(err))
  }

  /** Replays today's journal, closing first any earlier day left open (a restart after midnight, a crash). */
  static async open(opts: QueueServiceOptions): Promise<QueueService> {
    const svc = new QueueService(opts.store, opts.config, opts)
    const today = svc.dateNow()
    const latest = await opts.store.latestDay()
    if (latest && latest < today) {
      await svc.load(latest)
      await svc.closeCurrentDay()
    }
    await svc.load(today)
    await svc.late.reconcile(svc.clock(), today)
    if (opts.store.watch) {
      svc.unwatch = await opts.store.watch((date, seq) => svc.appendedElsewhere(date, seq))
      // what another process appended between our read and our LISTEN came with no notice for us
      await svc.journal.catchUp()
    }
    return svc
  }

  /** Today's date in the centre's time zone, worked out once a minute (time zones move by whole minutes). */
  private dateNow(): string {
    const now = this.clock().getTime()
    const minute = Math.floor(now / 60_000)
    const tz = this.config.centre.timeZone
    if (this.today_?.minute !== minute || this.today_.tz !== tz) this.today_ = { minute, tz, date: dayKey(new Date(now), tz) }
    return this.today_.date
  }

  private async load(date: string): Promise<void> {
    const { day, seq, checkpointSeq } = await openDay(this.store, date)
    const host: JournalHost = {
      append: (d, at, recs) => this.store.append(d, at, recs),
      readRecords: (d, from) => this.store.readRecords(d, from),
      published: (events, elsewhere) => events.length > 0 && this.emit({ kind: 'domain', events, elsewhere }),
      failed: (err) => this.opts.onStoreError?.(err),
    }
    this.journal = new JournalWriter(host, day, seq)
    this.checkpoints.opened(checkpointSeq, this.clock().getTime())
  }

  /**
   * With several processes, a ticket taken through another one may not have reached this one yet
   * (its notice is in flight, or the listener is reconnecting after a database restart): before
   * answering "not found", read what the journal holds. False with one process, where nothing can lag.
   */
  private async caughtUp(): Promise<boolean> {
    if (!this.store.watch) return false
    await this.journal.catchUp()
    return true
  }

  /** Another process appended: fold its records in (today), or roll over to a newer day. */
  private appendedElsewhere(date: string, seq: number): void {
    const day = this.journal.durable
    if (date > day.date) void this.tick().catch((err) => this.opts.onStoreError?.(err))
    else if (date === day.date && (seq === 0 || seq > this.journal.durableSeq)) void this.journal.catchUp()
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

  /** Applies a domain command; resolves with its value after its records are durable and published. */
  private async mutate<T>(fn: (day: DayState, config: Config, ctx: Ctx) => Result<T>, again = true): Promise<T> {
    const { journal, durable } = await this.serial.run(async () => {
      await this.rollIfNeeded()
      // not awaited here: the next command runs while this one's append is in flight (group commit)
      return { journal: this.journal, durable: this.journal.submit((day) => fn(day, this.config, this.ctx())) }
    })
    try {
      return (await durable).value
    } catch (err) {
      // another process closed the day while this command waited: run it once more, on the new day
      if (again && journal.durable.closed) return this.mutate(fn, false)
      if (err instanceof LuotError) throw err
      throw new LuotError('STORAGE_FAILED')
    }
  }

  /** Appends the day-closed record (unless another process did), then the closed day's snapshot and aggregate. */
  private async closeCurrentDay(): Promise<void> {
    await this.journal.flush()
    await this.journal.submit((day) => (day.closed ? { state: day, events: [], records: [], value: undefined } : closeDay(day, this.config, this.ctx())))
    const closed = this.journal.durable
    const stored = await this.store.readAggregates(closed.date, closed.date)
    if (stored.length === 0) await this.store.writeClosedDay(closed, aggregateDay(closed, this.config))
  }

  /** Numbering restarts at local midnight: the old day is closed and a new one begins. */
  private async rollIfNeeded(): Promise<void> {
    const today = this.dateNow()
    if (today <= this.journal.durable.date) return
    await this.closeCurrentDay()
    await this.load(today)
    this.emit({ kind: 'day-rolled' })
  }

  /** Called by a timer so screens reset at midnight even when nobody acts; writes today's checkpoint when due. */
  tick(): Promise<void> {
    return this.serial.run(async () => {
      await this.rollIfNeeded()
      await this.checkpoints.write(this.journal, this.clock().getTime())
    })
  }

  get today(): DayState {
    return this.journal.durable
  }

  async takeTicket(input: TakeInput): Promise<IssuedTicket> {
    const t = await this.mutate((d, c, ctx) => issueTicket(d, c, input, ctx))
    return issuedView(this.today, this.config, t, this.clock)
  }

  /** A use case kept in its own module (remote join, check-in) through this same door: serialised, durable, published. */
  run<T>(fn: (day: DayState, config: Config, ctx: Ctx) => Result<T>): Promise<T> {
    return this.mutate(fn)
  }

  async counterCommand(counterId: string, actor: Actor, cmd: CounterCommand): Promise<CounterView> {
    await this.mutate((d, c, ctx) => runCounterCommand(d, c, counterId, actor, cmd, ctx))
    return counterView(this.today, this.config, counterId)!
  }

  /** A manager or admin closes a counter someone else holds; its ticket goes back to the head of its queue. */
  async releaseCounter(counterId: string, actor: Actor, reason: string): Promise<CounterView> {
    await this.mutate((d, c, ctx) => releaseCounter(d, c, counterId, actor, reason, ctx))
    return counterView(this.today, this.config, counterId)!
  }

  /** Frees the counter a deactivated or deleted user still holds (no-op when they hold none). */
  async releaseClerk(userId: string, actor: Actor, reason: string): Promise<void> {
    await this.mutate((d, c, ctx) => releaseClerk(d, c, userId, actor, reason, ctx))
  }

  /** A rating on the day of the visit, or after it closed (within the late window): see LateRatings. */
  async rate(key: RatingKey, body: RateBody): Promise<TrackedTicket> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const t = await this.mutate((d, c, ctx) => rateTicket(d, c, key, body, ctx))
        return trackedView(this.today, this.config, t, this.clock)
      } catch (err) {
        if (!(err instanceof LuotError) || err.code !== 'TICKET_NOT_FOUND') throw err
      }
      if (!(await this.caughtUp())) break
    }
    const { day, ticket } = await this.serial.run(async () => {
      try {
        return await this.late.rate(key, body, this.ctx(), this.today.date)
      } catch (err) {
        throw err instanceof LuotError ? err : new LuotError('STORAGE_FAILED')
      }
    })
    this.emit({ kind: 'domain', events: [{ type: 'ticket-rated', ticket }], elsewhere: false })
    return trackedView(day, this.config, ticket, this.clock, true)
  }

  /** The citizen's ticket today, or on a closed day still open to its rating. */
  async track(trackingCode: string): Promise<TrackedTicket> {
    const t = findByTrackingCode(this.today, trackingCode) ?? ((await this.caughtUp()) ? findByTrackingCode(this.today, trackingCode) : undefined)
    if (t) return trackedView(this.today, this.config, t, this.clock)
    const hit = await this.serial.run(() => this.late.find({ trackingCode }, this.clock(), this.today.date))
    if (!hit) throw new LuotError('TICKET_NOT_FOUND')
    return trackedView(hit.day, this.config, hit.ticket, this.clock, hit.open)
  }

  /** The day being served and the server's time: what /api/health answers, without building any view. */
  pulse(): { date: string; serverTime: string } {
    return { date: this.today.date, serverTime: this.clock().toISOString() }
  }

  publicSnapshot(): PublicSnapshot {
    const now = this.clock()
    const { openingHours: _hidden, ...centre } = this.config.centre
    const day = this.today
    return { date: day.date, serverTime: now.toISOString(), issuing: isIssuing(this.config.centre, now), centre, services: serviceViews(day, this.config), counters: counterViews(day, this.config), recentCalls: day.recentCalls, settings: publicSettings(this.config) }
  }

  staffSnapshot(userId: string): StaffSnapshot {
    const user = this.config.users.find((u) => u.id === userId)
    if (!user) throw new LuotError('UNAUTHENTICATED')
    const { passwordHash: _h, tokenVersion: _v, ...me } = user
    return { ...this.publicSnapshot(), waiting: waitingViews(this.today), missed: missedViews(this.today), clerks: clerkToday(this.today, this.config), me }
  }

  /**
   * Replaces the configuration durably, then tells every screen. `change` validates and may throw.
   * With several processes, a configuration another process stored meanwhile is read and `change`
   * runs again on top of it (where it no longer applies, it throws its own error): nobody's save is lost.
   */
  async updateConfig<T>(change: (config: Config, day: DayState) => { config: Config; value: T }): Promise<T> {
    const value = await this.serial.run(async () => {
      const r = await saveConfigChange(this.store, this.config, (base) => change(structuredClone(base), this.journal.head), (stored) => (this.config = stored))
      this.config = r.config
      return r.value
    })
    this.emit({ kind: 'config' })
    return value
  }

  /** Another process changed the configuration: read it again and tell every screen here. */
  async reloadConfig(): Promise<void> {
    const config = await this.serial.run(async () => {
      const stored = await this.store.readConfig()
      if (stored) this.config = stored
      return stored
    })
    if (config) this.emit({ kind: 'config' })
  }

  /** Finishes pending writes, then leaves a checkpoint of today for a fast next start; used on shutdown. */
  async close(): Promise<void> {
    this.unwatch?.()
    await this.serial.run(async () => {
      await this.journal.flush()
      await this.checkpoints.write(this.journal, null)
    })
  }
}
