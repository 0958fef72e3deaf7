import { describe, expect, it } from 'vitest'
import { clockOffset, serverNow } from './server-clock.js'
import { startTicker } from './use-now.js'

describe('the server clock', () => {
  it('is this clock plus the offset a snapshot gave', () => {
    const receivedAt = Date.parse('2026-11-30T02:00:00.000Z')
    expect(clockOffset('2026-11-30T02:00:05.250Z', receivedAt)).toBe(5250)
    expect(clockOffset('2026-11-30T01:59:58.000Z', receivedAt)).toBe(-2000)
    expect(clockOffset('not a time', receivedAt)).toBe(0)
    expect(serverNow(5250, receivedAt)).toBe(receivedAt + 5250)
  })

  it('ticks until stopped', async () => {
    const ticks: number[] = []
    const stop = startTicker(50, (now) => ticks.push(now))
    await new Promise((r) => setTimeout(r, 180))
    stop()
    const count = ticks.length
    expect(count).toBeGreaterThanOrEqual(2)
    await new Promise((r) => setTimeout(r, 120))
    expect(ticks.length).toBe(count)
  })
})
