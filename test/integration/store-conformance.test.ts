import { afterEach, describe, expect, it } from 'vitest'
import type { IssuedTicket } from '@luot/shared'
import { replayDay } from '../../server/src/queue/open-day.js'
import { MemoryStore } from '../../server/src/store/memory-store.js'
import { ClosedDayError, CorruptDataError } from '../../server/src/store/port.js'
import { NewerDataError } from '../../server/src/store/data-format.js'
import { openService, runStream, steppingClock } from '../support/service-run.js'
import { BACKENDS, type Backend, type BackendFactory } from '../support/store-backends.js'

const DATE = '2026-11-23'
const backends: Backend[] = []
afterEach(async () => {
  for (const b of backends.splice(0)) await b.cleanup()
})

/** The reference: the same stream on a fresh in-memory store. */
async function reference(seed: number, n: number) {
  const svc = await openService(new MemoryStore(), steppingClock().clock)
  const run = await runStream(svc, seed, n)
  return { ...run, day: svc.today }
}

const create = async (factory: BackendFactory) => {
  const b = await factory.create()
  backends.push(b)
  return b
}

describe.each(BACKENDS)('store conformance: $name', (factory) => {

  it('the same commands give the same state, events and acknowledgements; replay equals the live state', async () => {
    const b = await create(factory)
    const svc = await openService(b.store, steppingClock().clock)
    const live = await runStream(svc, 42, 1500)
    const ref = await reference(42, 1500)
    expect(svc.today.tickets.length).toBeGreaterThan(300)
    expect(live.acks).toEqual(ref.acks)
    expect(live.events).toEqual(ref.events)
    expect(svc.today).toEqual(ref.day)
    await svc.close()

    expect(replayDay(DATE, await b.store.readRecords(DATE))).toEqual(svc.today)
    await b.store.close()
    const again = await openService(await b.reopen(), steppingClock('2026-11-23T09:00:00.000Z').clock)
    expect(again.today).toEqual(svc.today)
    await again.close()
  })

  it('a closed day refuses appends, keeps its snapshot and aggregate, and is not closed twice', async () => {
    const b = await create(factory)
    const time = steppingClock()
    const svc = await openService(b.store, time.clock)
    await runStream(svc, 9, 150)
    time.jump('2026-11-23T17:30:00.000Z') // 00:30 on the 24th in Hồ Chí Minh City
    await svc.tick()
    expect(svc.today.date).toBe('2026-11-24')
    const records = await b.store.readRecords(DATE)
    expect(records.at(-1)).toMatchObject({ type: 'day-closed' })
    const closed = replayDay(DATE, records)
    expect(closed.closed).toBe(true)
    expect(closed.tickets.some((t) => t.cancelReason === 'day-ended')).toBe(true)
    expect(await b.store.readClosedDay(DATE)).toEqual(closed)
    expect((await b.store.readAggregates(DATE, DATE)).map((a) => a.date)).toEqual([DATE])
    await expect(b.store.append(DATE, records.length + 1, [{ v: 1, type: 'counter-opened', at: '2026-11-23T17:31:00.000Z', counterId: 'c1', clerkId: 'clerk1' }])).rejects.toThrow(ClosedDayError)
    await svc.close()
    await b.store.close()
    const store = await b.reopen()
    const again = await openService(store, steppingClock('2026-11-24T02:00:00.000Z').clock)
    expect(again.today.date).toBe('2026-11-24')
    expect(await store.readRecords(DATE)).toHaveLength(records.length)
    await again.close()
  })

  it('a record that fails its schema stops the start, naming where it is; nothing is rewritten', async () => {
    const b = await create(factory)
    const svc = await openService(b.store, steppingClock().clock)
    await runStream(svc, 5, 60)
    await svc.close()
    await b.store.close()
    await b.corrupt(DATE, 3)
    const store = await b.reopen()
    const err = await openService(store, steppingClock('2026-11-23T09:00:00.000Z').clock).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CorruptDataError)
    expect((err as Error).message).toContain(`${b.where(DATE)} 3`)
    await expect(store.readRecords(DATE)).rejects.toThrow(CorruptDataError)
  })

  it('a record a newer release wrote stops the start, saying so and naming where it is; nothing is rewritten', async () => {
    const b = await create(factory)
    const svc = await openService(b.store, steppingClock().clock)
    await runStream(svc, 5, 60)
    await svc.close()
    await b.store.close()
    await b.corrupt(DATE, 4, 'newer')
    const store = await b.reopen()
    const err = await openService(store, steppingClock('2026-11-23T09:00:00.000Z').clock).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(NewerDataError)
    expect((err as Error).message).toMatch(/line 4|seq 4/)
    expect((err as Error).message).toContain('data format 3; this release reads up to 2')
  })

  it('a record that cannot follow the ones before it stops the start, naming the day and its position', async () => {
    const b = await create(factory)
    const svc = await openService(b.store, steppingClock().clock)
    await runStream(svc, 6, 40)
    await svc.close()
    const n = (await b.store.readRecords(DATE)).length
    await b.store.append(DATE, n + 1, [{ v: 1, type: 'service-started', at: '2026-11-23T05:00:00.000Z', ticketId: 'ghost', counterId: 'c1', clerkId: 'clerk1' }])
    await b.store.close()
    const err = await openService(await b.reopen(), steppingClock('2026-11-23T09:00:00.000Z').clock).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CorruptDataError)
    expect((err as Error).message).toContain(`journal of ${DATE}, line ${n + 1}: service-started`)
  })
})

// A backend whose append is all-or-nothing (a PostgreSQL transaction) has no torn tail to cut.
describe.each(BACKENDS.filter((f) => f.tears))('store conformance, appends that can tear: $name', (factory) => {
  it('a torn last record is cut; what was acknowledged stays and the journal goes on', async () => {
    const b = await create(factory)
    const svc = await openService(b.store, steppingClock().clock)
    await runStream(svc, 7, 200)
    const before = svc.today
    const count = (await b.store.readRecords(DATE)).length
    await svc.close()
    await b.store.close()
    await b.tearTail!(DATE)
    const store = await b.reopen()
    const again = await openService(store, steppingClock('2026-11-23T09:00:00.000Z').clock)
    expect(again.today).toEqual(before)
    await again.takeTicket({ serviceId: 'dat-dai', channel: 'kiosk' })
    await again.close()
    await store.close()
    const records = await (await b.reopen()).readRecords(DATE)
    expect(records).toHaveLength(count + 1)
    expect(records.at(-1)).toMatchObject({ type: 'ticket-issued', serviceId: 'dat-dai' })
  })
})

// Only backends several processes share can see a conflict; the embedded journal has one writer.
describe.each(BACKENDS.filter((f) => f.shared))('store conformance, several processes: $name', (factory) => {
  it('two processes appending to one day lose nothing: numbers are contiguous, each learns the other’s records', async () => {
    const b = await create(factory)
    const a = await openService(b.store, steppingClock().clock, 'a')
    const other = await openService(await b.reopen(), steppingClock().clock, 'b')
    const seenByOther: string[] = []
    other.subscribe((e) => e.kind === 'domain' && e.events.forEach((ev) => ev.type === 'ticket-issued' && seenByOther.push(ev.ticket.id)))
    const take = (svc: typeof a) => svc.takeTicket({ serviceId: 'chung-thuc', channel: 'kiosk' })
    const acked: IssuedTicket[] = (await Promise.all(Array.from({ length: 40 }, (_, i) => take(i % 2 ? a : other)))).flat()
    const numbers = acked.map((t) => Number(t.number)).sort((x, y) => x - y)
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => numbers[0]! + i))
    // a shared database tells the other process by a notice, which may come just after the last ack
    // (under a loaded CI machine the notice and the read that follows can take over a second)
    await expect.poll(() => seenByOther.some((id) => id.startsWith('a-')), { timeout: 10_000 }).toBe(true)
    const third = await openService(await b.reopen(), steppingClock('2026-11-23T09:00:00.000Z').clock, 'c')
    expect(third.today.tickets.map((t) => t.trackingCode).sort()).toEqual(acked.map((t) => t.trackingCode).sort())
    await Promise.all([a.close(), other.close(), third.close()])
  })

  it('when one process has closed the day, another rolls over without closing it again and numbers the new day from 1', async () => {
    const b = await create(factory)
    const timeA = steppingClock()
    const timeB = steppingClock()
    const a = await openService(b.store, timeA.clock, 'a')
    const other = await openService(await b.reopen(), timeB.clock, 'b')
    await a.takeTicket({ serviceId: 'chung-thuc', channel: 'kiosk' })
    await other.takeTicket({ serviceId: 'chung-thuc', channel: 'kiosk' })
    timeA.jump('2026-11-23T17:30:00.000Z')
    timeB.jump('2026-11-23T17:30:00.000Z')
    await a.tick()
    const closed = await b.store.readRecords(DATE)
    expect(closed.filter((r) => r.type === 'day-closed')).toHaveLength(1)
    const next = await other.takeTicket({ serviceId: 'chung-thuc', channel: 'kiosk' })
    expect(next.number).toBe('3001')
    expect(await b.store.readRecords(DATE)).toHaveLength(closed.length)
    expect(other.today.date).toBe('2026-11-24')
    await Promise.all([a.close(), other.close()])
  })
})
