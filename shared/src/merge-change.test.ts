import { describe, expect, it } from 'vitest'
import { mergeCounters, mergeServices } from './merge-change.js'
import type { CounterView, ServiceView } from './schemas/views.js'

const view = (id: string, waiting: number): ServiceView => ({ id, code: id.toUpperCase(), name: { vi: id, en: id }, active: true, waiting, estimatedWaitMinutes: waiting * 5, targetWaitMinutes: 20, issuedToday: waiting, capReached: false, counterNumbers: [1], openCounterNumbers: [1] })
const moved = (id: string, waiting: number) => ({ id, waiting, estimatedWaitMinutes: null, issuedToday: 7, capReached: true, openCounterNumbers: [] })

describe('services after a change that carries only the services it touched', () => {
  it('lays what moved over the touched ones in place, keeps what the snapshot alone has, and the rest and their order', () => {
    const before = [view('a', 1), view('b', 2), view('c', 3)]
    const after = mergeServices(before, [moved('c', 4), moved('a', 0)])
    expect(after.map((s) => [s.id, s.waiting, s.estimatedWaitMinutes, s.capReached])).toEqual([['a', 0, null, true], ['b', 2, 10, false], ['c', 4, null, true]])
    expect(after[0]).toMatchObject({ code: 'A', name: { vi: 'a', en: 'a' }, counterNumbers: [1], openCounterNumbers: [], issuedToday: 7 })
    expect(after[1]).toBe(before[1])
  })

  it('keeps the same list when nothing changed, and never adds a service the snapshot lacks', () => {
    const before = [view('a', 1)]
    expect(mergeServices(before, [])).toBe(before)
    expect(mergeServices(before, [moved('z', 9)])).toEqual(before)
  })
})

describe('counters after a change that carries only their state, clerk and ticket', () => {
  const counter = (id: string, number: number): CounterView => ({ id, number, name: { vi: `Quầy ${number}`, en: `Counter ${number}` }, serviceIds: ['a'], state: 'paused', pauseReason: 'Nghỉ trưa', clerkId: 'lan', clerkName: 'Lan' })

  it('keeps number, name and services, and drops what the change no longer has (the pause reason, the clerk)', () => {
    const before = [counter('c1', 1), counter('c2', 2)]
    const after = mergeCounters(before, [{ id: 'c2', state: 'closed' }])
    expect(after[1]).toEqual({ id: 'c2', number: 2, name: { vi: 'Quầy 2', en: 'Counter 2' }, serviceIds: ['a'], state: 'closed' })
    expect(after[0]).toBe(before[0])
    expect(mergeCounters(before, [{ id: 'c9', state: 'open' }])).toEqual(before)
  })
})
