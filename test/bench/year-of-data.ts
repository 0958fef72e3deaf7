import { dayKey } from '@luot/shared'
import { aggregateDay } from '../../server/src/domain/aggregate.js'
import { runCounterCommand } from '../../server/src/domain/counter-command.js'
import { closeDay, newDay } from '../../server/src/domain/day.js'
import { issueTicket } from '../../server/src/domain/issue.js'
import { rateTicket } from '../../server/src/domain/rating.js'
import type { Config, DayState, DayTicket, Result } from '../../server/src/domain/types.js'
import { JournalStore } from '../../server/src/store/journal-store.js'
import type { DayRecord } from '@luot/shared'
import { seeded } from '../support/random-commands.js'

/** Log-normal service minutes around the service's default (DOMAIN.md: 2 to 15 min, roughly log-normal). */
const logNormal = (rand: () => number, mean: number): number => {
  const z = Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand())
  return Math.max(0.5, mean * Math.exp(0.45 * z - 0.1))
}

/**
 * One working day of a busy centre, run through the real domain: morning-heavy arrivals, eight
 * counters, log-normal service times, some no-shows and ratings. Returns the closed day and its journal.
 */
export function simulateDay(config: Config, date: string, tickets: number, seed: number): { day: DayState; records: DayRecord[] } {
  const records: DayRecord[] = []
  const keep = <T>(r: Result<T>): Result<T> => (records.push(...r.records), r)
  const rand = seeded(seed)
  const start = Date.parse(`${date}T00:00:00Z`) // 07:00 local
  let now = start
  let id = 0
  const ctx = { get now() { return new Date(now) }, newId: () => `${date}-${++id}`, newTrackingCode: () => `${date.replaceAll('-', '')}${String(id).padStart(6, '0')}` }
  let day = newDay(date)
  const counters = config.counters.map((c, i) => ({ id: c.id, clerk: { id: `clerk${i + 1}`, role: 'clerk' as const }, freeAt: start }))
  for (const c of counters) day = keep(runCounterCommand(day, config, c.id, c.clerk, { type: 'open' }, ctx)).state
  const arrivals = Array.from({ length: tickets }, () => start + Math.floor((rand() < 0.65 ? rand() * 4.5 : 6 + rand() * 3.5) * 3600_000)).sort((a, b) => a - b)
  const services = config.services.map((s) => s.id)
  let next = 0
  const closing = start + 12 * 3600_000
  const waiting = () => day.tickets.some((t) => t.status === 'waiting')
  while (next < arrivals.length || waiting()) {
    const counter = counters.reduce((a, b) => (a.freeAt <= b.freeAt ? a : b))
    if (counter.freeAt > closing) break
    while (next < arrivals.length && arrivals[next]! <= counter.freeAt) {
      now = arrivals[next++]!
      day = keep(issueTicket(day, config, { serviceId: services[Math.floor(rand() * services.length)]!, channel: 'kiosk', priorityGroup: rand() < 0.05 ? 'nguoi-cao-tuoi' : null }, ctx)).state
    }
    now = counter.freeAt
    let called: DayTicket
    try {
      const r = keep(runCounterCommand(day, config, counter.id, counter.clerk, { type: 'call-next' }, ctx))
      day = r.state
      called = r.value as DayTicket
    } catch {
      counter.freeAt = next < arrivals.length ? Math.max(arrivals[next]!, now + 1000) : now + 60_000
      continue
    }
    if (rand() < 0.04) {
      day = keep(runCounterCommand(day, config, counter.id, counter.clerk, { type: 'skip' }, ctx)).state
      counter.freeAt = now + 60_000
      continue
    }
    day = keep(runCounterCommand(day, config, counter.id, counter.clerk, { type: 'start' }, ctx)).state
    const svc = config.services.find((s) => s.id === called.serviceId)!
    now += Math.round(logNormal(rand, svc.defaultServiceMinutes) * 60_000)
    const outcome = config.settings.outcomes[Math.floor(rand() * 3)]!.id
    day = keep(runCounterCommand(day, config, counter.id, counter.clerk, { type: 'finish', outcome }, ctx)).state
    if (rand() < 0.35) {
      const value = rand() < 0.85 ? 4 + Math.round(rand()) : 1 + Math.floor(rand() * 3)
      day = keep(rateTicket(day, config, { trackingCode: called.trackingCode }, value <= 2 ? { value, reasonId: 'cho-lau' } : { value }, ctx)).state
    }
    counter.freeAt = now
  }
  return { day: keep(closeDay(day, config, ctx)).state, records }
}

/** Writes `days` closed working days ending yesterday, each with its aggregate, as the server would. */
export async function generateYear(dataDir: string, config: Config, days: number, ticketsPerDay: number): Promise<{ from: string; to: string; tickets: number }> {
  const store = await JournalStore.open(dataDir)
  await store.writeConfig(config)
  const dates: string[] = []
  for (let d = new Date(); dates.length < days; ) {
    d = new Date(d.getTime() - 86_400_000)
    if (d.getUTCDay() !== 0) dates.unshift(dayKey(d, config.centre.timeZone))
  }
  let tickets = 0
  for (const [i, date] of dates.entries()) {
    const { day, records } = simulateDay(config, date, ticketsPerDay, i + 1)
    tickets += day.tickets.filter((t) => t.transferredFromId === undefined).length
    await store.append(date, 1, records)
    await store.writeClosedDay(day, aggregateDay(day, config))
  }
  await store.close()
  return { from: dates[0]!, to: dates.at(-1)!, tickets }
}
