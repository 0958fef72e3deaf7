import type { AttentionReason, CentreEntry, ProvinceLive, ProvinceLiveRow } from '@luot/shared'
import { aggregateDay } from '../aggregate.js'
import { waitingTickets } from '../day-summary.js'
import { isIssuing } from '../opening-hours.js'
import type { Config, DayState } from '../types.js'

/** Satisfaction under this share of today's ratings (with at least LOW_SAMPLE ratings) asks for attention. */
export const LOW_SATISFACTION_PERCENT = 80
const LOW_SAMPLE = 5

const todays = new WeakMap<DayState, ReturnType<typeof aggregateDay>['total']>()

/** Today's totals of a day state, worked out once per state (states are immutable). */
function todayTotal(day: DayState, config: Config): ReturnType<typeof aggregateDay>['total'] {
  let total = todays.get(day)
  if (!total) todays.set(day, (total = aggregateDay(day, config).total))
  return total
}

/** Today's ratings of a centre, and how many of them at or above its satisfied level. */
function ratingsToday(c: CentreNow): { ratingCount: number; satisfied: number } {
  let ratingCount = 0
  let satisfied = 0
  for (const [v, n] of Object.entries(todayTotal(c.day, c.config).ratings)) {
    ratingCount += n
    if (Number(v) >= c.config.settings.rating.satisfiedMin) satisfied += n
  }
  return { ratingCount, satisfied }
}

export interface CentreNow {
  entry: CentreEntry
  day: DayState
  config: Config
  /** Names of the enabled printers last found down (offline, out of paper, cover open). */
  printersDown: string[]
  /** Screens silent during opening hours. */
  screensDown: string[]
}

/** One centre's line on the province's live dashboard, with the reasons it needs attention now. */
export function liveRow(c: CentreNow, now: Date): ProvinceLiveRow {
  const { day, config } = c
  const targets = new Map(config.services.map((s) => [s.id, s.targetWaitMinutes]))
  let longest: { seconds: number; target: number } | null = null
  let overTarget = false
  const waiting = waitingTickets(day)
  for (const t of waiting) {
    const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(t.queuedAt ?? t.issuedAt)) / 1000))
    const target = targets.get(t.serviceId) ?? null
    if (target !== null && seconds > target * 60) overTarget = true
    if (!longest || seconds > longest.seconds) longest = { seconds, target: target ?? 0 }
  }
  const open = isIssuing(config.centre, now)
  const openCounters = config.counters.filter((k) => (day.counters[k.id]?.state ?? 'closed') !== 'closed').length
  const total = todayTotal(day, config)
  const { ratingCount, satisfied } = ratingsToday(c)
  const satisfiedPercent = ratingCount ? Math.round((satisfied / ratingCount) * 1000) / 10 : null
  const attention: AttentionReason[] = []
  if (overTarget) attention.push('wait-over-target')
  if (c.printersDown.length) attention.push('printer-down')
  if (c.screensDown.length) attention.push('screen-down')
  if (open && openCounters === 0 && waiting.length > 0) attention.push('no-counter-open')
  if (satisfiedPercent !== null && ratingCount >= LOW_SAMPLE && satisfiedPercent < LOW_SATISFACTION_PERCENT) attention.push('low-satisfaction')
  const e = c.entry
  return {
    slug: e.slug,
    name: e.name,
    nameEn: e.nameEn,
    kind: e.kind,
    district: e.district,
    formerDistrict: e.formerDistrict,
    open,
    waiting: waiting.length,
    openCounters,
    counters: config.counters.length,
    longestWaitSeconds: longest?.seconds ?? null,
    longestWaitTargetMinutes: longest ? longest.target || null : null,
    printersDown: c.printersDown,
    screensDown: c.screensDown,
    issued: total.issued,
    served: total.served,
    ratingCount,
    satisfiedPercent,
    attention,
  }
}

/** The province's live view: every centre's line and the sums. */
export function provinceLive(centres: CentreNow[], now: Date): ProvinceLive {
  const rows = centres.map((c) => liveRow(c, now))
  let ratings = 0
  let satisfied = 0
  for (const c of centres) {
    const r = ratingsToday(c)
    ratings += r.ratingCount
    satisfied += r.satisfied
  }
  const sum = (k: 'waiting' | 'openCounters' | 'issued' | 'served'): number => rows.reduce((a, r) => a + r[k], 0)
  return {
    at: now.toISOString(),
    centres: rows,
    total: { waiting: sum('waiting'), openCounters: sum('openCounters'), issued: sum('issued'), served: sum('served'), needAttention: rows.filter((r) => r.attention.length > 0).length, satisfiedPercent: ratings ? Math.round((satisfied / ratings) * 1000) / 10 : null },
  }
}
