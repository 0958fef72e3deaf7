import type { AuditEntry, DayRecord, LateRating, RecordOf } from '@luot/shared'
import { withRating } from './rated-ticket.js'
import { isPriority } from './queue-order.js'
import { carrySummary } from './day-summary.js'
import { counterRuntime, indexChange, indexTicket, RECENT_CALLS, shareIndex, step, ticketPosition } from './tickets.js'
import type { DayState, DayTicket, DomainEvent } from './types.js'

/** A record that cannot follow the records before it (an unknown ticket, a record after the day closed). */
export class RecordError extends Error {
  /** Position of the bad record in the list given to `applyRecords` (0-based). */
  index = 0
  constructor(record: DayRecord, why: string) {
    super(`${record.type} at ${record.at}: ${why}`)
    this.name = 'RecordError'
  }
}

/** The state being folded: a private copy of the arrays and maps, changed in place (copy-on-write per fold). */
type Draft = DayState

interface Fold {
  day: Draft
  /** null when replaying a journal: nobody hears those events, and keeping them would keep every ticket's every version alive. */
  events: DomainEvent[] | null
  /** Positions of the tickets this fold changed or added (for the day summary). */
  changed: Set<number>
  /** The whole day was replaced (a migrated day): its summary is worked out afresh. */
  replaced: boolean
}

function emit(f: Fold, ...events: DomainEvent[]): void {
  f.events?.push(...events)
}

/** Puts a changed ticket at its position. */
function put(f: Fold, i: number, t: DayTicket): void {
  f.day.tickets[i] = t
  indexChange(f.day.tickets, i)
  f.changed.add(i)
}

function ticketAt(f: Fold, r: DayRecord & { ticketId: string }): { i: number; t: DayTicket } {
  const i = ticketPosition(f.day.tickets, r.ticketId)
  if (i < 0) throw new RecordError(r, `no ticket ${r.ticketId}`)
  return { i, t: f.day.tickets[i]! }
}

/** A rating, or its amendment, on the ticket (rules shared with late ratings: `withRating`). */
function rated(f: Fold, r: LateRating): void {
  const { i, t: before } = ticketAt(f, r)
  const t = withRating(before, r)
  put(f, i, t)
  emit(f, { type: 'ticket-rated', ticket: t })
}

function pushTicket(f: Fold, t: DayTicket): void {
  f.day.tickets.push(t)
  indexTicket(f.day.tickets, f.day.tickets.length - 1)
  f.changed.add(f.day.tickets.length - 1)
}

/** The counter no longer has a ticket in hand. */
function release(f: Fold, counterId: string): void {
  const { currentTicketId: _done, ...rt } = counterRuntime(f.day, counterId)
  f.day.counters[counterId] = rt
}

function audit(f: Fold, r: DayRecord & { ticketId: string; counterId: string; clerkId: string }, t: DayTicket, action: AuditEntry['action'], more: { reason?: string; detail?: string }): void {
  f.day.audit.push({ at: r.at, action, ticketId: t.id, number: t.number, counterId: r.counterId, clerkId: r.clerkId, ...more })
}

function called(f: Fold, r: RecordOf<'ticket-called'> | RecordOf<'ticket-recalled'> | RecordOf<'missed-called'>, t: DayTicket): void {
  const call = { ticketId: t.id, number: t.number, serviceId: t.serviceId, counterId: r.counterId, counterNumber: r.counterNumber, calledAt: r.at, recalls: t.recalls, priority: isPriority(t), ...(t.booking ? { booked: true as const } : {}) }
  f.day.recentCalls.unshift(call)
  f.day.recentCalls.length = Math.min(f.day.recentCalls.length, RECENT_CALLS)
  emit(f, { type: 'ticket-called', ticket: t, call })
}

/** A ticket's end at a counter (finished, skipped, transferred): put it in and free the counter. */
function ended(f: Fold, i: number, t: DayTicket, counterId: string): void {
  put(f, i, t)
  release(f, counterId)
  emit(f, { type: 'ticket-changed', ticket: t })
}

const apply: { [K in DayRecord['type']]: (f: Fold, r: RecordOf<K>) => void } = {
  'ticket-issued': (f, r) => {
    const t: DayTicket = { id: r.ticketId, number: r.number, seq: r.seq, serviceId: r.serviceId, channel: r.channel, priorityGroup: r.priorityGroup, lang: r.lang, trackingCode: r.trackingCode, status: 'waiting', queuedAt: r.at, issuedAt: r.at, recalls: 0, history: [{ at: r.at, action: 'issued' }] }
    if (r.idempotencyKey !== undefined) t.idempotencyKey = r.idempotencyKey
    if (r.v === 2 && r.booking) t.booking = { ...r.booking }
    if (r.v === 2 && r.dossierCode !== undefined) t.dossierCode = r.dossierCode
    f.day.seq[r.serviceId] = Math.max(f.day.seq[r.serviceId] ?? 0, r.seq)
    pushTicket(f, t)
    emit(f, { type: 'ticket-issued', ticket: t })
  },
  'ticket-checked-in': (f, r) => {
    const { i, t: before } = ticketAt(f, r)
    if (before.channel !== 'remote' || before.checkedInAt !== undefined) throw new RecordError(r, `ticket ${r.ticketId} is not a remote ticket waiting for check-in`)
    const t: DayTicket = { ...before, checkedInAt: r.at, history: step(before, 'checked-in', r.at, r.counterId, r.clerkId) }
    put(f, i, t)
    emit(f, { type: 'ticket-changed', ticket: t })
  },
  'ticket-called': (f, r) => {
    const { i, t: before } = ticketAt(f, r)
    const t: DayTicket = { ...before, status: 'called', calledAt: r.at, counterId: r.counterId, clerkId: r.clerkId, history: step(before, 'called', r.at, r.counterId, r.clerkId) }
    put(f, i, t)
    const rt = counterRuntime(f.day, r.counterId)
    f.day.counters[r.counterId] = { ...rt, currentTicketId: t.id, normalsSincePriority: isPriority(t) ? 0 : rt.normalsSincePriority + 1 }
    called(f, r, t)
    if (r.outOfTurnReason !== undefined) audit(f, r, t, 'call-out-of-turn', { reason: r.outOfTurnReason })
    emit(f, { type: 'counter-changed', counterId: r.counterId })
  },
  'ticket-recalled': (f, r) => {
    const { i, t: before } = ticketAt(f, r)
    const t: DayTicket = { ...before, recalls: before.recalls + 1, history: step(before, 'recalled', r.at, r.counterId, r.clerkId) }
    put(f, i, t)
    called(f, r, t)
  },
  'service-started': (f, r) => {
    const { i, t: before } = ticketAt(f, r)
    const t: DayTicket = { ...before, status: 'serving', startedAt: r.at, history: step(before, 'started', r.at, r.counterId, r.clerkId) }
    put(f, i, t)
    emit(f, { type: 'ticket-changed', ticket: t }, { type: 'counter-changed', counterId: r.counterId })
  },
  'service-finished': (f, r) => {
    const { i, t: before } = ticketAt(f, r)
    const t: DayTicket = { ...before, status: 'done', startedAt: before.startedAt ?? before.calledAt ?? r.at, finishedAt: r.at, outcome: r.outcome, ratingToken: r.ratingToken, history: step(before, 'finished', r.at, r.counterId, r.clerkId) }
    ended(f, i, t, r.counterId)
    emit(f, { type: 'ticket-finished', ticket: t }, { type: 'counter-changed', counterId: r.counterId })
  },
  'ticket-skipped': (f, r) => {
    const { i, t: before } = ticketAt(f, r)
    const t: DayTicket = { ...before, status: 'no-show', finishedAt: r.at, history: step(before, 'skipped', r.at, r.counterId, r.clerkId) }
    ended(f, i, t, r.counterId)
    audit(f, r, t, 'skip', { detail: `recalls=${t.recalls}` })
    emit(f, { type: 'counter-changed', counterId: r.counterId })
  },
  'missed-called': (f, r) => {
    const { i, t: before } = ticketAt(f, r)
    const { finishedAt: _missed, ...back } = before
    const t: DayTicket = { ...back, status: 'called', calledAt: r.at, counterId: r.counterId, clerkId: r.clerkId, recalls: 0, history: step(before, 'called', r.at, r.counterId, r.clerkId) }
    put(f, i, t)
    f.day.counters[r.counterId] = { ...counterRuntime(f.day, r.counterId), currentTicketId: t.id }
    called(f, r, t)
    audit(f, r, t, 'call-missed', {})
    emit(f, { type: 'counter-changed', counterId: r.counterId })
  },
  'ticket-transferred': (f, r) => {
    const { i, t: before } = ticketAt(f, r)
    const t: DayTicket = { ...before, status: 'transferred', finishedAt: r.at, history: step(before, 'transferred', r.at, r.counterId, r.clerkId) }
    ended(f, i, t, r.counterId)
    const next: DayTicket = { id: r.newTicketId, number: t.number, seq: t.seq, serviceId: r.toServiceId, channel: t.channel, priorityGroup: t.priorityGroup, lang: t.lang, trackingCode: t.trackingCode, status: 'waiting', queuedAt: t.queuedAt, issuedAt: r.at, recalls: 0, transferredFromId: t.id, history: [{ at: r.at, action: 'issued', counterId: r.counterId }] }
    if (r.toCounterId !== undefined) next.targetCounterId = r.toCounterId
    if (t.booking) next.booking = t.booking
    if (t.dossierCode !== undefined) next.dossierCode = t.dossierCode
    if (t.checkedInAt !== undefined) next.checkedInAt = t.checkedInAt
    pushTicket(f, next)
    audit(f, r, t, 'transfer', { detail: r.toCounterId !== undefined ? `counter:${r.toCounterId}` : `service:${r.toServiceId}` })
    emit(f, { type: 'ticket-issued', ticket: next }, { type: 'counter-changed', counterId: r.counterId })
  },
  'ticket-cancelled': (f, r) => {
    const { i, t: before } = ticketAt(f, r)
    const t: DayTicket = { ...before, status: 'cancelled', cancelReason: r.reason, finishedAt: r.at, history: step(before, 'cancelled', r.at, r.counterId, r.clerkId) }
    put(f, i, t)
    audit(f, r, t, 'cancel', { reason: r.reason })
    emit(f, { type: 'ticket-changed', ticket: t })
  },
  'ticket-rated': (f, r) => rated(f, r),
  'rating-amended': (f, r) => {
    if (!ticketAt(f, r).t.rating) throw new RecordError(r, `ticket ${r.ticketId} has no rating to amend`)
    rated(f, r)
  },
  'counter-opened': (f, r) => {
    const { pauseReason: _dropped, ...rest } = counterRuntime(f.day, r.counterId)
    f.day.counters[r.counterId] = { ...rest, state: 'open', clerkId: r.clerkId }
    emit(f, { type: 'counter-changed', counterId: r.counterId })
  },
  'counter-paused': (f, r) => {
    f.day.counters[r.counterId] = { ...counterRuntime(f.day, r.counterId), state: 'paused', pauseReason: r.reason }
    emit(f, { type: 'counter-changed', counterId: r.counterId })
  },
  'counter-closed': (f, r) => {
    f.day.counters[r.counterId] = { state: 'closed', normalsSincePriority: counterRuntime(f.day, r.counterId).normalsSincePriority }
    emit(f, { type: 'counter-changed', counterId: r.counterId })
  },
  'counter-released': (f, r) => {
    let t: DayTicket | undefined
    if (r.ticketId !== undefined && r.queuedAt !== undefined) {
      const { i, t: before } = ticketAt(f, { ...r, ticketId: r.ticketId })
      const { calledAt: _c, startedAt: _s, counterId: _k, clerkId: _u, ...rest } = before
      t = { ...rest, status: 'waiting', queuedAt: r.queuedAt, history: step(before, 'requeued', r.at, r.counterId, r.byId) }
      put(f, i, t)
      emit(f, { type: 'ticket-changed', ticket: t })
    }
    f.day.counters[r.counterId] = { state: 'closed', normalsSincePriority: counterRuntime(f.day, r.counterId).normalsSincePriority }
    f.day.audit.push({ at: r.at, action: 'close-counter', ticketId: t?.id ?? '', number: t?.number ?? '', counterId: r.counterId, clerkId: r.byId, reason: r.reason, detail: `clerk:${r.clerkId}` })
    emit(f, { type: 'counter-changed', counterId: r.counterId })
  },
  'day-closed': (f, r) => {
    const d = f.day
    d.tickets.forEach((t, i) => {
      if (t.status !== 'waiting' && t.status !== 'called' && t.status !== 'serving') return
      const cancelled: DayTicket = { ...t, status: 'cancelled', cancelReason: 'day-ended', finishedAt: r.at, history: [...t.history, { at: r.at, action: 'cancelled' }] }
      put(f, i, cancelled)
      emit(f, { type: 'ticket-changed', ticket: cancelled })
    })
    const before = d.counters
    d.counters = {}
    for (const id of r.counterIds) {
      d.counters[id] = { state: 'closed', normalsSincePriority: 0 }
      if (before[id]?.state !== 'closed') emit(f, { type: 'counter-changed', counterId: id })
    }
    d.closed = true
    d.closedAt = r.at
  },
  'day-migrated': (f, r) => {
    const d = f.day
    if (d.tickets.length || Object.keys(d.counters).length) throw new RecordError(r, 'a migrated day must be the first record')
    const s = r.state
    if (s.date !== d.date) throw new RecordError(r, `state of ${s.date} in the journal of ${d.date}`)
    f.replaced = true
    Object.assign(d, { ...s, seq: { ...s.seq }, tickets: s.tickets.slice(), counters: { ...s.counters }, audit: s.audit.slice(), recentCalls: s.recentCalls.slice() })
  },
}

/**
 * A copy of `tickets` with room for `more` to be pushed. Growing a long array by push costs V8
 * about a third of a millisecond at 10,000 tickets (a copy in a slow path), ten times allocating it
 * at its size once: the difference between a day that slows as it fills and one that does not.
 */
function withRoom(tickets: readonly DayTicket[], more: number): DayTicket[] {
  if (more === 0) return tickets.slice()
  const out = new Array<DayTicket>(tickets.length + more)
  for (let i = 0; i < tickets.length; i++) out[i] = tickets[i]!
  out.length = tickets.length
  return out
}

/**
 * The day after `records`: the one place a record changes a day, used live (a command's records)
 * and on replay (a journal read at start, records another process appended). Pure: no clock, no
 * ids, no configuration. Copies the day once per call, so replaying a long journal in one call
 * costs one step per record; the input day is never changed.
 */
export function applyRecords(day: DayState, records: readonly DayRecord[], opts: { events?: boolean } = {}): { state: DayState; events: DomainEvent[] } {
  if (records.length === 0) return { state: day, events: [] }
  const added = records.reduce((n, r) => n + (r.type === 'ticket-issued' || r.type === 'ticket-transferred' ? 1 : 0), 0)
  const f: Fold = { day: { ...day, seq: { ...day.seq }, tickets: withRoom(day.tickets, added), counters: { ...day.counters }, audit: day.audit.slice(), recentCalls: day.recentCalls.slice() }, events: opts.events === false ? null : [], changed: new Set(), replaced: false }
  shareIndex(day.tickets, f.day.tickets)
  records.forEach((r, index) => {
    try {
      if (f.day.closed) throw new RecordError(r, `day ${f.day.date} is already closed`)
      ;(apply[r.type] as (f: Fold, r: DayRecord) => void)(f, r)
    } catch (err) {
      const e = err instanceof RecordError ? err : new RecordError(r, err instanceof Error ? err.message : String(err))
      e.index = index
      throw e
    }
  })
  if (!f.replaced) carrySummary(day, f.day, f.changed)
  return { state: f.day, events: f.events ?? [] }
}

/** A command's decision as its Result: the records, and the state and events their fold gives. */
export function decided<T>(day: DayState, records: DayRecord[], value: (state: DayState) => T): { state: DayState; events: DomainEvent[]; records: DayRecord[]; value: T } {
  const { state, events } = applyRecords(day, records)
  return { state, events, records, value: value(state) }
}

/** The ticket `id` in `day` (after a fold that put it there). */
export const ticketIn = (day: DayState, id: string): DayTicket => day.tickets[ticketPosition(day.tickets, id)]!
