import type { CounterCommand, RateBody } from '@luot/shared'
import type { IssueCommand } from '../../server/src/domain/issue.js'
import type { RatingKey } from '../../server/src/domain/rating.js'
import type { Actor, Config, DayState } from '../../server/src/domain/types.js'

/** One command of a random stream, as the queue service takes it. */
export type RandomCommand = { kind: 'take'; input: IssueCommand } | { kind: 'counter'; counterId: string; actor: Actor; cmd: CounterCommand } | { kind: 'rate'; key: RatingKey; body: RateBody }

/** A seeded PRNG (mulberry32): the same seed gives the same stream. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COUNTERS = [
  { counterId: 'c1', actor: { id: 'clerk1', role: 'clerk' as const } },
  { counterId: 'c2', actor: { id: 'clerk2', role: 'clerk' as const } },
  { counterId: 'c3', actor: { id: 'clerk3', role: 'clerk' as const } },
]

/**
 * The next command of a random day at a centre with three clerks: kiosks take tickets (some with
 * an Idempotency-Key, some retried), clerks open, call, recall, start, finish, skip, transfer,
 * cancel and pause, citizens rate. Drawn from the state so far, so most commands apply; the ones
 * that do not are refused the same way on every backend.
 */
export function randomCommand(rand: () => number, day: DayState, config: Config): RandomCommand {
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rand() * xs.length)]
  const r = rand()
  if (r < 0.38) {
    const input: IssueCommand = { serviceId: pick(config.services)!.id, channel: rand() < 0.9 ? 'kiosk' : 'clerk' }
    if (rand() < 0.1) input.priorityGroup = pick(config.settings.priorityGroups)!.id
    if (rand() < 0.3) input.idempotencyKey = rand() < 0.2 && day.tickets.length ? `kiosk-tap-${Math.floor(rand() * day.tickets.length)}` : `kiosk-tap-${day.tickets.length}`
    return { kind: 'take', input }
  }
  if (r < 0.44) {
    const done = day.tickets.filter((t) => t.status === 'done')
    const t = pick(done.length ? done : day.tickets)
    const body: RateBody = { value: pick(config.settings.rating.levels)?.value ?? 5 }
    if (rand() < 0.3) body.comment = 'Cán bộ hướng dẫn tận tình'
    const key: RatingKey = t?.ratingToken && rand() < 0.5 ? { ratingToken: t.ratingToken } : { trackingCode: t?.trackingCode ?? 'nope-nope' }
    return { kind: 'rate', key, body }
  }
  const { counterId, actor } = pick(COUNTERS)!
  const waiting = day.tickets.filter((t) => t.status === 'waiting')
  const w = rand()
  const cmd: CounterCommand =
    w < 0.1 ? { type: 'open' }
    : w < 0.38 ? { type: 'call-next' }
    : w < 0.6 ? { type: 'finish', outcome: pick(config.settings.outcomes)!.id }
    : w < 0.7 ? { type: 'start' }
    : w < 0.75 ? { type: 'recall' }
    : w < 0.8 ? { type: 'skip' }
    : w < 0.85 ? (rand() < 0.5 ? { type: 'transfer', serviceId: pick(config.services)!.id } : { type: 'transfer', counterId: pick(COUNTERS)!.counterId })
    : w < 0.89 ? { type: 'cancel', ticketId: pick(waiting)?.id ?? 'none', reason: 'Công dân đã về' }
    : w < 0.93 ? { type: 'call', ticketId: pick(waiting)?.id ?? 'none', reason: 'Người khuyết tật' }
    : w < 0.97 ? { type: 'pause', reason: 'Nghỉ giải lao' }
    : { type: 'close' }
  return { kind: 'counter', counterId, actor, cmd }
}
