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

/** Writes config.json and today's journal already holding `tickets` tickets, most of them served. */
export async function seedDay(dataDir: string, config: Config, tickets: number): Promise<void> {
  const store = await JournalStore.open(dataDir)
  await store.writeConfig(config)
  const now = new Date()
  let t = now.getTime() - tickets * 1000
  let id = 0
  const ctx = { get now() { return new Date(t) }, newId: () => `seed-${++id}`, newTrackingCode: () => `seed${String(id).padStart(8, '0')}` }
  let day: DayState = newDay(dayKey(now, config.centre.timeZone))
  const records: DayRecord[] = []
  const keep = <T>(r: Result<T>): DayState => (records.push(...r.records), r.state)
  const clerk = { id: 'clerk1', role: 'clerk' as const }
  day = keep(runCounterCommand(day, config, 'c1', clerk, { type: 'open' }, ctx))
  for (let i = 0; i < tickets; i++) {
    const serviceId = config.services[i % config.services.length]!.id
    day = keep(issueTicket(day, config, { serviceId, channel: 'kiosk' }, ctx))
    t += 1000
  }
  // counter 1 serves most of what it can; the rest stay waiting, as in a real busy day
  const c1 = config.counters.find((c) => c.id === 'c1')!
  const served = day.tickets.filter((x) => c1.serviceIds.includes(x.serviceId)).length - 20
  for (let i = 0; i < served; i++) {
    day = keep(runCounterCommand(day, config, 'c1', clerk, { type: 'call-next' }, ctx))
    day = keep(runCounterCommand(day, config, 'c1', clerk, { type: 'finish', outcome: 'tiep-nhan' }, ctx))
  }
  day = keep(runCounterCommand(day, config, 'c1', clerk, { type: 'close' }, ctx))
  await store.append(day.date, 1, records)
  await store.close()
}
