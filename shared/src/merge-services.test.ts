import { describe, expect, it } from 'vitest'
import { mergeServices } from './merge-services.js'
import type { ServiceView } from './schemas/views.js'

const view = (id: string, waiting: number): ServiceView => ({ id, code: id.toUpperCase(), name: { vi: id, en: id }, active: true, waiting, estimatedWaitMinutes: waiting * 5, targetWaitMinutes: 20, issuedToday: waiting, capReached: false, counterNumbers: [1], openCounterNumbers: [1] })

describe('services after a change that carries only the services it touched', () => {
  it('replaces the touched ones in place and keeps the rest and their order', () => {
    const before = [view('a', 1), view('b', 2), view('c', 3)]
    const after = mergeServices(before, [view('c', 4), view('a', 0)])
    expect(after.map((s) => [s.id, s.waiting])).toEqual([['a', 0], ['b', 2], ['c', 4]])
    expect(after[1]).toBe(before[1])
  })

  it('keeps the same list when nothing changed, and never adds a service the snapshot lacks', () => {
    const before = [view('a', 1)]
    expect(mergeServices(before, [])).toBe(before)
    expect(mergeServices(before, [view('z', 9)])).toEqual(before)
  })
})
