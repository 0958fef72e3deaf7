import { describe, expect, it } from 'vitest'
import type { CounterView, ServiceView, StaffSnapshot, WaitingTicketView } from '@luot/shared'
import { currentCounter, longestWaitSeconds, overdueTickets, waitingFor } from './queue-views.js'

const T0 = Date.parse('2026-11-23T02:00:00.000Z')
const at = (s: number) => new Date(T0 + s * 1000).toISOString()
const w = (number: string, serviceId: string, queuedS: number, targetCounterId?: string): WaitingTicketView => ({ id: number, number, serviceId, priorityGroup: null, queuedAt: at(queuedS), ...(targetCounterId ? { targetCounterId } : {}) })
const counter = (id: string, serviceIds: string[], clerkId?: string): CounterView => ({ id, number: 1, name: { vi: id, en: id }, serviceIds, state: 'open', ...(clerkId ? { clerkId } : {}) })
const service = (id: string, target: number) => ({ id, targetWaitMinutes: target }) as ServiceView

describe('queue views', () => {
  it('lists what a counter may call: its services and tickets sent to it, oldest first', () => {
    const list = [w('3', 'b', 30), w('1', 'a', 10), w('2', 'a', 20, 'c2'), w('4', 'z', 5, 'c1'), w('5', 'z', 1)]
    expect(waitingFor(counter('c1', ['a', 'b']), list).map((x) => x.number)).toEqual(['4', '1', '3'])
  })

  it('shows the counter the clerk is signed in at before the one picked or assigned', () => {
    const snap = { counters: [counter('c1', []), counter('c2', [], 'clerk1'), counter('c3', [])], me: { id: 'clerk1', counterId: 'c1' } } as unknown as StaffSnapshot
    expect(currentCounter(snap, 'c3')?.id).toBe('c2')
    const free = { ...snap, counters: [counter('c1', []), counter('c3', [])] } as StaffSnapshot
    expect(currentCounter(free, 'c3')?.id).toBe('c3')
    expect(currentCounter(free, 'gone')?.id).toBe('c1')
  })

  it('measures the longest wait per service and finds tickets past their target', () => {
    const list = [w('1', 'a', 0), w('2', 'a', 300), w('3', 'b', 0)]
    expect(longestWaitSeconds('a', list, T0 + 600_000)).toBe(600)
    expect(longestWaitSeconds('c', list, T0)).toBeNull()
    const over = overdueTickets(list, [service('a', 5), service('b', 20)], T0 + 301_000)
    expect(over.map((o) => [o.ticket.number, Math.round(o.waitedSeconds)])).toEqual([['1', 301]])
  })
})
