import { describe, expect, it } from 'vitest'
import { issueTicket } from './issue.js'
import { runCounterCommand } from './counter-command.js'
import { aggregateDay } from './aggregate.js'
import { clerk, emptyDay, testConfig, testCtx } from '../../../test/support/domain-fixtures.js'
import type { DayState } from './types.js'

describe("a day's calls within target", () => {
  it("counts each call against its service area's target as the day's configuration has it", () => {
    const config = testConfig()
    const target = config.services.find((s) => s.id === 'tu-phap-ho-tich')!.targetWaitMinutes * 60
    const ctx = testCtx()
    let day: DayState = emptyDay()
    for (let i = 0; i < 3; i++) day = issueTicket(day, config, { serviceId: 'tu-phap-ho-tich', channel: 'kiosk' }, ctx).state
    day = runCounterCommand(day, config, 'c1', clerk(1), { type: 'open' }, ctx).state
    // all three issued at once, called one after another: waits of target − 2 s (within), exactly the target (not within: within is under it), target + 60 s
    for (const step of [target - 2, 2, 60]) {
      ctx.advance(step)
      day = runCounterCommand(day, config, 'c1', clerk(1), { type: 'call-next' }, ctx).state
      day = runCounterCommand(day, config, 'c1', clerk(1), { type: 'skip' }, ctx).state
    }
    expect(aggregateDay(day, config).withinTarget).toEqual({ calls: 3, within: 1 })
    // a longer target the next day counts the same waits differently
    const longer = { ...config, services: config.services.map((s) => ({ ...s, targetWaitMinutes: s.targetWaitMinutes + 5 })) }
    expect(aggregateDay(day, longer).withinTarget).toEqual({ calls: 3, within: 3 })
  })
})
