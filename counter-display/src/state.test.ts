import { describe, expect, it } from 'vitest'
import type { CallView, CounterView, PublicSnapshot } from '@luot/shared'
import { counterFlashing, FLASH_MS, initialState, knowsCall, MAX_CALLS, missedCalls, reduce, type DisplayState } from './state.js'

const T0 = Date.parse('2026-11-23T01:00:00Z')
const iso = (ms: number) => new Date(ms).toISOString()

function call(number: string, counter: number, at: number, recalls = 0): CallView {
  return { ticketId: `t-${number}`, number, serviceId: 'tu-phap-ho-tich', counterId: `c${counter}`, counterNumber: counter, calledAt: iso(at), recalls, priority: false }
}

function counter(n: number, current?: string): CounterView {
  return {
    id: `c${n}`,
    number: n,
    name: { vi: `Quầy ${n}`, en: `Counter ${n}` },
    serviceIds: [],
    state: 'open',
    ...(current ? { current: { ticketId: `t-${current}`, number: current, serviceId: 'tu-phap-ho-tich', status: 'called', priorityGroup: null, queuedAt: iso(T0), recalls: 0 } } : {}),
  }
}

/** recentCalls newest first, as the server sends them. */
function snapshot(serverTime: number, recentCalls: CallView[], counters: CounterView[] = [counter(1), counter(2)]): PublicSnapshot {
  return { date: '2026-11-23', serverTime: iso(serverTime), recentCalls, counters, services: [] } as unknown as PublicSnapshot
}

const snap = (state: DisplayState, s: PublicSnapshot, now: number) => reduce(state, { type: 'snapshot', snapshot: s, now })
const called = (state: DisplayState, c: CallView, now: number) => reduce(state, { type: 'called', call: c, now })

describe('display state', () => {
  it('replaces everything with a snapshot; calls already made do not blink on the first one', () => {
    const s = snap(initialState, snapshot(T0, [call('2002', 1, T0 - 5000), call('2001', 2, T0 - 60_000)]), T0)
    expect(s.connection).toBe('online')
    expect(s.calls.map((c) => [c.call.number, c.flashUntil])).toEqual([
      ['2002', 0],
      ['2001', 0],
    ])
  })

  it('puts a new call on top, blinking, and keeps one line per ticket', () => {
    let s = snap(initialState, snapshot(T0, [call('2001', 1, T0 - 5000)]), T0)
    s = called(s, call('3001', 2, T0 + 1000), T0 + 1000)
    expect(s.calls.map((c) => c.call.number)).toEqual(['3001', '2001'])
    expect(s.calls[0]!.flashUntil).toBe(T0 + 1000 + FLASH_MS)
    s = called(s, call('2001', 1, T0 + 2000, 1), T0 + 2000)
    expect(s.calls.map((c) => [c.call.number, c.call.recalls])).toEqual([
      ['2001', 1],
      ['3001', 0],
    ])
  })

  it('ignores a call it already shows (or an older call of a recalled ticket)', () => {
    let s = snap(initialState, snapshot(T0, [call('2001', 1, T0, 1), call('2001', 1, T0 - 9000)]), T0)
    expect(knowsCall(s, call('2001', 1, T0 - 9000))).toBe(true)
    expect(called(s, call('2001', 1, T0 - 9000), T0)).toBe(s)
    s = called(s, call('2001', 1, T0 + 5, 2), T0 + 5)
    expect(s.calls[0]!.call.recalls).toBe(2)
  })

  it('keeps at most MAX_CALLS lines', () => {
    let s = snap(initialState, snapshot(T0, []), T0)
    for (let i = 0; i < MAX_CALLS + 5; i++) s = called(s, call(String(2001 + i), 1, T0 + i), T0 + i)
    expect(s.calls).toHaveLength(MAX_CALLS)
    expect(s.calls[0]!.call.number).toBe(String(2001 + MAX_CALLS + 4))
  })

  it('on a resync, shows and announces the calls made while away, oldest first', () => {
    let s = snap(initialState, snapshot(T0, [call('2001', 1, T0 - 5000)]), T0)
    s = reduce(s, { type: 'connection', connection: 'offline' })
    expect(s.connection).toBe('offline')
    const back = snapshot(T0 + 30_000, [call('3001', 2, T0 + 20_000), call('2002', 1, T0 + 10_000), call('2001', 1, T0 - 5000), call('1001', 2, T0 - 600_000)])
    expect(missedCalls(s, back).map((c) => c.number)).toEqual(['2002', '3001'])
    const after = snap(s, back, T0 + 31_000)
    expect(after.connection).toBe('online')
    expect(after.calls.map((c) => [c.call.number, c.flashUntil > 0])).toEqual([
      ['3001', true],
      ['2002', true],
      ['2001', false],
      ['1001', false],
    ])
  })

  it('does not replay calls after a day change or on the first snapshot', () => {
    expect(missedCalls(initialState, snapshot(T0, [call('2001', 1, T0)]))).toEqual([])
    const s = snap(initialState, snapshot(T0, []), T0)
    const nextDay = { ...snapshot(T0 + 86_400_000, [call('2001', 1, T0 + 86_400_000)]), date: '2026-11-24' }
    expect(missedCalls(s, nextDay)).toEqual([])
  })

  it('keeps a blink running across a snapshot sent for a settings change', () => {
    let s = snap(initialState, snapshot(T0, []), T0)
    s = called(s, call('2001', 1, T0 + 100), T0 + 100)
    s = snap(s, snapshot(T0 + 2000, [call('2001', 1, T0 + 100)]), T0 + 2000)
    expect(s.calls[0]!.flashUntil).toBe(T0 + 100 + FLASH_MS)
  })

  it('applies counter and service updates to the snapshot; a counter it lacks waits for the next snapshot', () => {
    let s = snap(initialState, snapshot(T0, [], [counter(1), counter(3)]), T0)
    const { number: _n, name: _name, serviceIds: _s, ...change } = counter(1, '2001')
    s = reduce(s, { type: 'counter', counter: change })
    s = reduce(s, { type: 'counter', counter: { id: 'c2', state: 'open' } })
    expect(s.snapshot!.counters.map((c) => [c.number, c.name.vi, c.current?.number])).toEqual([
      [1, counter(1).name.vi, '2001'],
      [3, counter(3).name.vi, undefined],
    ])
    s = reduce(s, { type: 'services', services: [] })
    expect(s.snapshot!.services).toEqual([])
  })

  it('blinks the tile of the counter whose current ticket was just called', () => {
    let s = snap(initialState, snapshot(T0, [], [counter(1, '2001')]), T0)
    s = called(s, call('2001', 1, T0), T0)
    const c1 = s.snapshot!.counters[0]!
    expect(counterFlashing(s, c1, T0 + 1000)).toBe(true)
    expect(counterFlashing(s, c1, T0 + FLASH_MS + 1)).toBe(false)
    expect(counterFlashing(s, counter(1), T0 + 1000)).toBe(false)
  })

  it('remembers the server clock offset', () => {
    const s = snap(initialState, snapshot(T0 + 90_000, []), T0)
    expect(s.clockOffsetMs).toBe(90_000)
  })
})
