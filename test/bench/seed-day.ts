import { dayKey } from '@luot/shared'
import { issueTicket } from '../../server/src/domain/issue.js'
import { runCounterCommand } from '../../server/src/domain/counter-command.js'
import { newDay } from '../../server/src/domain/day.js'
import type { Config, DayState, Result } from '../../server/src/domain/types.js'
import { createDemoCentre } from '../../server/src/setup/first-start.js'
import { JournalStore } from '../../server/src/store/journal-store.js'
import type { DayRecord } from '@luot/shared'
import { PASSWORDS } from '../support/server-process.js'

/** The demo centre with no daily caps and wide number blocks, so a day can hold 10,000+ tickets. */
export async function benchConfig(publicBaseUrl: string): Promise<Config> {
  const { config } = await createDemoCentre(publicBaseUrl, PASSWORDS)
  config.services.forEach((s, i) => {
    s.dailyCap = 0
    s.numberFormat = { kind: 'block', start: i * 90_000 + 1, end: (i + 1) * 90_000 }
  })
  return config
}

/**
 * Writes config.json and today's journal already holding `tickets` tickets. `served` (the bench's
 * default): every counter in turn serves its services until 20 of its tickets are left waiting, so
 * the day ends with under 200 waiting however many it holds, as a real busy day does (the busiest
 * centres see 1,200 visits). `waiting`: counter 1 serves what it can and every other ticket stays
 * waiting (8,000 on a 10,000-ticket day), a stress far beyond any real queue.
 */
export async function seedDay(dataDir: string, config: Config, tickets: number, shape: 'served' | 'waiting' = 'served'): Promise<void> {
  const store = await JournalStore.open(dataDir)
  await store.writeConfig(config)
  const now = new Date()
  const step = 300 // ms between two seeded records: a 10,000-ticket day fits in about three hours
  let t = now.getTime() - tickets * 3 * step
  let id = 0
  const ctx = { get now() { return new Date((t += step)) }, newId: () => `seed-${++id}`, newTrackingCode: () => `seed${String(id).padStart(8, '0')}` }
  let day: DayState = newDay(dayKey(now, config.centre.timeZone))
  const records: DayRecord[] = []
  const keep = <T>(r: Result<T>): DayState => (records.push(...r.records), r.state)
  const clerk = { id: 'clerk1', role: 'clerk' as const }
  for (let i = 0; i < tickets; i++) {
    const serviceId = config.services[i % config.services.length]!.id
    day = keep(issueTicket(day, config, { serviceId, channel: 'kiosk' }, ctx))
  }
  const counters = shape === 'served' ? config.counters : config.counters.filter((c) => c.id === 'c1')
  for (const c of counters) {
    const waitingHere = () => day.tickets.filter((x) => x.status === 'waiting' && c.serviceIds.includes(x.serviceId)).length
    day = keep(runCounterCommand(day, config, c.id, clerk, { type: 'open' }, ctx))
    for (let left = waitingHere(); left > 20; left--) {
      day = keep(runCounterCommand(day, config, c.id, clerk, { type: 'call-next' }, ctx))
      day = keep(runCounterCommand(day, config, c.id, clerk, { type: 'finish', outcome: 'tiep-nhan' }, ctx))
    }
    day = keep(runCounterCommand(day, config, c.id, clerk, { type: 'close' }, ctx))
  }
  await store.append(day.date, 1, records)
  await store.close()
}
