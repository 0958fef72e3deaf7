import { isRecallable } from './missed.js'
import type { ClerkToday, CounterChange, CounterView, CurrentTicket, IssuedTicket, PublicSettings, ServiceChange, ServiceView, TrackedTicket, WaitingTicketView } from '@luot/shared'
import { counterRuntime, ticketPosition } from './tickets.js'
import { summaryOf, waitingTickets } from './day-summary.js'
import { estimateWaitMinutes } from './estimate.js'
import { dailyLimit } from './issue.js'
import { awaitsCheckIn, orderRules, peopleAhead } from './queue-order.js'
import type { Config, DayState, DayTicket } from './types.js'

/** What of the services in `only` (all by default) the day's commands move: queue, estimate, cap, open counters. */
export function serviceChanges(day: DayState, config: Config, only?: ReadonlySet<string>): ServiceChange[] {
  const { waiting } = summaryOf(day)
  return config.services.filter((s) => !only || only.has(s.id)).map((s) => {
    const n = waiting.get(s.id) ?? 0
    const issued = day.seq[s.id] ?? 0
    return {
      id: s.id,
      waiting: n,
      estimatedWaitMinutes: estimateWaitMinutes(day, config, s.id, n),
      issuedToday: issued,
      capReached: issued >= dailyLimit(config, s.id),
      openCounterNumbers: config.counters.filter((c) => c.serviceIds.includes(s.id) && day.counters[c.id]?.state === 'open').map((c) => c.number),
    }
  })
}

/** The services in full, as a snapshot carries them: the configuration's part and the day's (`serviceChanges`). */
export function serviceViews(day: DayState, config: Config, only?: ReadonlySet<string>): ServiceView[] {
  const byId = new Map(config.services.map((s) => [s.id, s]))
  return serviceChanges(day, config, only).map((ch) => {
    const s = byId.get(ch.id)!
    return {
      ...ch,
      code: s.code,
      name: s.name,
      ...(s.shortLabel ? { shortLabel: s.shortLabel } : {}),
      active: s.active,
      targetWaitMinutes: s.targetWaitMinutes,
      counterNumbers: config.counters.filter((c) => c.serviceIds.includes(s.id)).map((c) => c.number),
    }
  })
}

function currentOf(t: DayTicket): CurrentTicket {
  const c: CurrentTicket = { ticketId: t.id, number: t.number, serviceId: t.serviceId, status: t.status, priorityGroup: t.priorityGroup, queuedAt: t.queuedAt, recalls: t.recalls }
  if (t.calledAt) c.calledAt = t.calledAt
  if (t.startedAt) c.startedAt = t.startedAt
  if (t.booking) c.booking = { slotStart: t.booking.slotStart }
  if (awaitsCheckIn(t)) c.notCheckedIn = true
  if (t.dossierCode) c.dossierCode = t.dossierCode
  return c
}

/** What of a counter the day's commands move: state, pause reason, clerk, ticket. */
export function counterChange(day: DayState, config: Config, counterId: string): CounterChange | undefined {
  const c = config.counters.find((x) => x.id === counterId)
  if (!c) return undefined
  const rt = counterRuntime(day, c.id)
  const v: CounterChange = { id: c.id, state: rt.state }
  if (rt.pauseReason) v.pauseReason = rt.pauseReason
  if (rt.clerkId) {
    v.clerkId = rt.clerkId
    const name = config.users.find((u) => u.id === rt.clerkId)?.displayName
    if (name) v.clerkName = name
  }
  const t = rt.currentTicketId === undefined ? undefined : day.tickets[ticketPosition(day.tickets, rt.currentTicketId)]
  if (t) v.current = currentOf(t)
  return v
}

/** A counter in full, as a snapshot and a command's reply carry it. */
export function counterView(day: DayState, config: Config, counterId: string): CounterView | undefined {
  const c = config.counters.find((x) => x.id === counterId)
  const ch = c && counterChange(day, config, counterId)
  return c && ch ? { ...ch, number: c.number, name: c.name, serviceIds: c.serviceIds } : undefined
}

export const counterViews = (day: DayState, config: Config): CounterView[] => config.counters.map((c) => counterView(day, config, c.id)!)

export function waitingViews(day: DayState): WaitingTicketView[] {
  return waitingTickets(day).map((t) => {
    const w: WaitingTicketView = { id: t.id, number: t.number, serviceId: t.serviceId, priorityGroup: t.priorityGroup, queuedAt: t.queuedAt }
    if (t.targetCounterId) w.targetCounterId = t.targetCounterId
    if (t.booking) w.booking = { slotStart: t.booking.slotStart }
    if (awaitsCheckIn(t)) w.notCheckedIn = true
    return w
  })
}

/** Today's served count and mean service time per clerk who served anyone. */
export function clerkToday(day: DayState, config: Config): ClerkToday[] {
  return [...summaryOf(day).served].map(([clerkId, a]) => ({ clerkId, displayName: config.users.find((u) => u.id === clerkId)?.displayName ?? clerkId, served: a.n, avgServiceSeconds: Math.round(a.ms / 1000 / a.n) }))
}

export function publicSettings(config: Config): PublicSettings {
  const { recallLimit, priorityGroups, priorityPolicy, rating, outcomes, ticker, kioskReturnSeconds, voice, dossiers } = config.settings
  return { recallLimit, priorityGroups, priorityPolicy, rating, outcomes, ticker, kioskReturnSeconds, voice, ...(dossiers ? { dossiers } : {}) }
}

function serviceRef(config: Config, serviceId: string) {
  const s = config.services.find((x) => x.id === serviceId)
  return { id: serviceId, code: s?.code ?? '', name: s?.name ?? { vi: serviceId, en: serviceId } }
}

function aheadAndWait(day: DayState, config: Config, t: DayTicket, now: () => Date): { peopleAhead: number; estimatedWaitMinutes: number | null } {
  if (t.status !== 'waiting') return { peopleAhead: 0, estimatedWaitMinutes: 0 }
  const ahead = peopleAhead(day, t, orderRules(config, now))
  return { peopleAhead: ahead, estimatedWaitMinutes: estimateWaitMinutes(day, config, t.serviceId, ahead) }
}

export function trackingUrl(config: Config, code: string): string {
  return `${config.centre.publicBaseUrl.replace(/\/+$/, '')}/t/${code}`
}

/** The reply to taking a ticket; `now` (a clock, read only for bookings) decides whether a booking's slot has started. */
export function issuedView(day: DayState, config: Config, t: DayTicket, now: () => Date): IssuedTicket {
  const v: IssuedTicket = {
    id: t.id,
    number: t.number,
    service: serviceRef(config, t.serviceId),
    counterNumbers: config.counters.filter((c) => c.serviceIds.includes(t.serviceId)).map((c) => c.number),
    priorityGroup: t.priorityGroup,
    trackingCode: t.trackingCode,
    trackingUrl: trackingUrl(config, t.trackingCode),
    ...aheadAndWait(day, config, t, now),
    issuedAt: t.issuedAt,
  }
  if (t.booking) v.booking = { slotStart: t.booking.slotStart }
  if (t.channel === 'remote') v.remote = { checkedIn: t.checkedInAt !== undefined, checkInRequired: config.settings.booking?.remoteCheckInRequired ?? false }
  return v
}

/**
 * The citizen's own view: nothing here identifies or describes any other ticket. On a closed day
 * the ticket is rateable only while `lateOpen` (inside the late-rating window).
 */
export function trackedView(day: DayState, config: Config, t: DayTicket, now: () => Date, lateOpen = false): TrackedTicket {
  const v: TrackedTicket = { number: t.number, service: serviceRef(config, t.serviceId), status: t.status, priority: t.priorityGroup !== null, ...aheadAndWait(day, config, t, now), issuedAt: t.issuedAt, rated: t.rating !== undefined, rateable: t.status === 'done' && t.rating === undefined && (!day.closed || lateOpen), recallable: isRecallable(day, t) }
  if (t.calledAt) v.calledAt = t.calledAt
  if (t.finishedAt) v.finishedAt = t.finishedAt
  const counter = t.counterId === undefined ? undefined : config.counters.find((c) => c.id === t.counterId)
  if (counter) v.counterNumber = counter.number
  if (t.booking) v.booking = { slotStart: t.booking.slotStart }
  if (t.channel === 'remote') v.remote = { checkedIn: t.checkedInAt !== undefined, checkInRequired: config.settings.booking?.remoteCheckInRequired ?? false }
  if (t.dossierCode) v.dossierCode = t.dossierCode
  return v
}
