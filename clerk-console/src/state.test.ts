import { describe, expect, it } from 'vitest'
import type { CallView, CounterView, ServiceView, StaffSnapshot } from '@luot/shared'
import { MAX_ALERTS, withAlert, withAlerts, withCall, withChange, withCounter, withExpiredSession, withSnapshot, type ConsoleState } from './state.js'

const counter = (id: string, extra: Partial<CounterView> = {}): CounterView => ({ id, number: Number(id.slice(1)), name: { vi: `Quầy ${id}`, en: id }, serviceIds: ['a'], state: 'closed', ...extra })
const service = (id: string, waiting: number): ServiceView => ({ id, code: id.toUpperCase(), name: { vi: id, en: id }, active: true, waiting, estimatedWaitMinutes: waiting * 5, targetWaitMinutes: 20, issuedToday: waiting, capReached: false, counterNumbers: [1], openCounterNumbers: [1] })
const snapshot = (): StaffSnapshot =>
  ({
    date: '2026-11-23',
    serverTime: '2026-11-23T02:00:10.000Z',
    counters: [counter('c1'), counter('c2')],
    recentCalls: [],
    services: [service('a', 3), service('b', 1)],
    waiting: [],
    clerks: [],
    me: { id: 'clerk1', username: 'clerk1', displayName: 'Lan', role: 'clerk', counterId: 'c1', active: true },
  }) as unknown as StaffSnapshot
const base: ConsoleState = { session: { status: 'signed-in', user: snapshot().me }, snapshot: null, connected: true, skewMs: 0, alerts: [], lang: 'vi' }

describe('console state', () => {
  it('takes the snapshot whole and measures the server clock against this one', () => {
    const s = withSnapshot(base, snapshot(), Date.parse('2026-11-23T02:00:00.000Z'))
    expect(s.snapshot?.counters).toHaveLength(2)
    expect(s.skewMs).toBe(10_000)
  })

  it('replaces one counter by id and leaves the others', () => {
    const s = withCounter(withSnapshot(base, snapshot(), 0), counter('c2', { state: 'open', clerkId: 'clerk2' }))
    expect(s.snapshot!.counters.map((c) => c.state)).toEqual(['closed', 'open'])
    expect(withCounter(base, counter('c1'))).toBe(base) // nothing to apply to before a snapshot
  })

  it('keeps calls newest first and the waiting list as sent', () => {
    const call = (n: string): CallView => ({ ticketId: n, number: n, serviceId: 'a', counterId: 'c1', counterNumber: 1, calledAt: '2026-11-23T02:00:00.000Z', recalls: 0, priority: false })
    let s = withSnapshot(base, snapshot(), 0)
    s = withCall(withCall(s, call('2001')), call('2002'))
    expect(s.snapshot!.recentCalls.map((c) => c.number)).toEqual(['2002', '2001'])
    s = withChange(s, { calls: [], counters: [], services: [], waiting: [{ id: 't9', number: '2009', serviceId: 'a', priorityGroup: null, queuedAt: '2026-11-23T02:00:00.000Z' }] })
    expect(s.snapshot!.waiting.map((w) => w.number)).toEqual(['2009'])
  })

  it('applies one change message: calls oldest first, counters, services; the staff lists only when sent', () => {
    const call = (n: string): CallView => ({ ticketId: n, number: n, serviceId: 'a', counterId: 'c1', counterNumber: 1, calledAt: '2026-11-23T02:00:00.000Z', recalls: 0, priority: false })
    const before = withSnapshot(base, snapshot(), 0)
    const s = withChange(before, { calls: [call('2001'), call('2002')], counters: [counter('c1', { state: 'open', clerkId: 'clerk1' })], services: [service('b', 0)] })
    expect(s.snapshot!.recentCalls.map((c) => c.number)).toEqual(['2002', '2001'])
    expect(s.snapshot!.counters.map((c) => c.state)).toEqual(['open', 'closed'])
    // the change carries only the service it touched; the other stays as it was
    expect(s.snapshot!.services.map((x) => [x.id, x.waiting])).toEqual([['a', 3], ['b', 0]])
    expect(s.snapshot!.waiting).toBe(before.snapshot!.waiting)
    expect(s.snapshot!.clerks).toBe(before.snapshot!.clerks)
    expect(withChange(base, { calls: [call('1')], counters: [], services: [] })).toBe(base)
  })

  it('keeps the latest alerts only', () => {
    let s = base
    for (let i = 0; i < MAX_ALERTS + 5; i++) s = withAlert(s, { kind: 'wait-target', at: '', message: `${i}`, messageEn: `${i}` })
    expect(s.alerts).toHaveLength(MAX_ALERTS)
    expect(s.alerts[0]!.message).toBe(String(MAX_ALERTS + 4))
  })

  it('merges the recent list sent on connect with live alerts, once each, newest first', () => {
    const a = (at: string, message: string) => ({ kind: 'wait-target' as const, at, message, messageEn: message })
    let s = withAlert(base, a('2026-11-23T02:05:00.000Z', 'B'))
    s = withAlerts(s, [a('2026-11-23T02:05:00.000Z', 'B'), a('2026-11-23T02:01:00.000Z', 'A'), a('2026-11-23T02:09:00.000Z', 'C')])
    expect(s.alerts.map((x) => x.message)).toEqual(['C', 'B', 'A'])
  })

  it('an expired session returns to the login, remembering who it was, and drops the snapshot', () => {
    const s = withExpiredSession(withSnapshot(base, snapshot(), 0))
    expect(s.session).toEqual({ status: 'signed-out', expired: true, lastUsername: 'clerk1' })
    expect(s.snapshot).toBeNull()
  })
})
