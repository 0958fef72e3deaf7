import { describe, expect, it } from 'vitest'
import type { DayRecord } from '@luot/shared'
import { JournalStore } from '../../server/src/store/journal-store.js'
import type { Store } from '../../server/src/store/port.js'
import { tempDataDir } from '../support/server-process.js'
import { openService, steppingClock } from '../support/service-run.js'

/** The journal store, counting the appends that reach it. */
async function countingStore(): Promise<{ store: Store; appends: number[] }> {
  const inner = await JournalStore.open(await tempDataDir(), { log: () => undefined })
  const appends: number[] = []
  const store: Store = Object.assign(Object.create(inner) as Store, {
    append: (date: string, at: number, records: DayRecord[]) => {
      appends.push(records.length)
      return inner.append(date, at, records)
    },
  })
  return { store, appends }
}

describe('group commit', () => {
  it('commands sent together share appends (one write and one fdatasync each), and every one is acknowledged and durable', async () => {
    const { store, appends } = await countingStore()
    const svc = await openService(store, steppingClock().clock)
    const tickets = await Promise.all(Array.from({ length: 40 }, () => svc.takeTicket({ serviceId: 'chung-thuc', channel: 'kiosk' })))
    expect(new Set(tickets.map((t) => t.number)).size).toBe(40)
    expect(appends.reduce((a, b) => a + b, 0)).toBe(40)
    expect(appends.length).toBeLessThan(40)
    expect(Math.max(...appends)).toBeGreaterThan(1)
    expect(await store.readRecords('2026-11-23')).toHaveLength(40)
    await svc.close()
  })

  it('a command whose records are already there (a retried take) waits for the appends before it', async () => {
    const { store } = await countingStore()
    const svc = await openService(store, steppingClock().clock)
    const first = svc.takeTicket({ serviceId: 'chung-thuc', channel: 'kiosk', idempotencyKey: 'kiosk-tap-0001' })
    let firstDone = false
    void first.then(() => (firstDone = true))
    const retried = await svc.takeTicket({ serviceId: 'chung-thuc', channel: 'kiosk', idempotencyKey: 'kiosk-tap-0001' })
    expect(firstDone).toBe(true)
    expect(retried.trackingCode).toBe((await first).trackingCode)
    await svc.close()
  })
})
