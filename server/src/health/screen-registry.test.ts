import { describe, expect, it } from 'vitest'
import { ScreenRegistry } from './screen-registry.js'

const MIN = 60_000
const board = (device: string) => ({ kind: 'board' as const, device, address: '10.0.0.5' })

describe('ScreenRegistry', () => {
  it('keeps one row per screen across reconnects and several tabs, gone only when its last socket goes', () => {
    const r = new ScreenRegistry()
    const key = r.connected('s1', board('aaaaaaaaaaaaaaaa'), 0)
    r.connected('s2', board('aaaaaaaaaaaaaaaa'), 1000)
    r.disconnected(key, 's1', 2000)
    expect(r.list(3000)).toEqual([expect.objectContaining({ online: true, connectedSince: new Date(0).toISOString() })])
    r.disconnected(key, 's2', 4000)
    expect(r.list(5000)).toEqual([expect.objectContaining({ online: false, lastSeen: new Date(4000).toISOString() })])
    r.connected('s3', board('aaaaaaaaaaaaaaaa'), 6000)
    expect(r.list(7000)).toEqual([expect.objectContaining({ online: true, connectedSince: new Date(6000).toISOString() })])
  })

  it('reports a silence once, counted from `countFrom` at the earliest', () => {
    const r = new ScreenRegistry()
    const key = r.connected('s1', board('aaaaaaaaaaaaaaaa'), 0)
    r.disconnected(key, 's1', 0)
    expect(r.silent(10 * MIN, 2 * MIN, 9 * MIN)).toEqual([])
    expect(r.silent(11 * MIN, 2 * MIN, 9 * MIN).map((s) => s.key)).toEqual([key])
    r.markAlerted(key)
    expect(r.silent(20 * MIN, 2 * MIN)).toEqual([])
  })

  it('forgets visitors and anonymous sockets at once, gone screens after a day or past the cap', () => {
    const r = new ScreenRegistry(24 * 60 * MIN, 2)
    const phone = r.connected('p', { kind: 'phone', address: '10.0.0.9' }, 0)
    const old = r.connected('u', { kind: 'unknown', address: '10.0.0.8' }, 0)
    expect(r.visitors()).toBe(1)
    r.disconnected(phone, 'p', 1)
    r.disconnected(old, 'u', 1)
    expect(r.visitors()).toBe(0)
    expect(r.list(2)).toEqual([])
    for (const [i, d] of ['1111111111111111', '2222222222222222', '3333333333333333'].entries()) r.disconnected(r.connected(`s${i}`, board(d), i * MIN), `s${i}`, i * MIN)
    expect(r.list(3 * MIN).map((s) => s.device)).toEqual(['2222222222222222', '3333333333333333'])
    expect(r.list(25 * 60 * MIN)).toEqual([])
  })
})
