import { describe, expect, it } from 'vitest'
import type { CentreEntry } from '@luot/shared'
import { clerk, emptyDay, testConfig, testCtx } from '../../../../test/support/domain-fixtures.js'
import { runCounterCommand } from '../counter-command.js'
import { issueTicket } from '../issue.js'
import type { DayState } from '../types.js'
import { liveRow, provinceLive } from './live-row.js'

const entry: CentreEntry = { slug: 'xa-a', name: 'Xã A', nameEn: 'Commune A', kind: 'commune', district: 'Cụm Bắc', formerDistrict: 'Huyện Hòa Vang', state: 'active', createdAt: '2026-11-01T00:00:00.000Z' }

/** A morning: `n` tickets issued a minute apart, counter 1 opened if asked. */
function morning(n: number, open: boolean) {
  const config = testConfig()
  const ctx = testCtx()
  let day: DayState = emptyDay()
  for (let i = 0; i < n; i++) {
    day = issueTicket(day, config, { channel: 'kiosk', serviceId: 'tu-phap-ho-tich' }, ctx).state
    ctx.advance(60)
  }
  if (open) day = runCounterCommand(day, config, 'c1', clerk(1), { type: 'open' }, ctx).state
  return { config, day, now: ctx.now }
}

describe('the live row of a centre', () => {
  it('counts waiting and open counters, and flags a wait past its target and no counter open', () => {
    const { config, day, now } = morning(3, false)
    const target = config.services.find((s) => s.id === 'tu-phap-ho-tich')!.targetWaitMinutes
    const at = new Date(now.getTime() + target * 60_000)
    const row = liveRow({ entry, day, config, printersDown: [], screensDown: [] }, at)
    expect(row).toMatchObject({ waiting: 3, openCounters: 0, issued: 3, longestWaitTargetMinutes: target })
    // the first ticket was issued three minutes before `now`: it is past its target, the others are not
    expect(row.longestWaitSeconds).toBe(target * 60 + 180)
    expect(row.attention).toEqual(['wait-over-target', 'no-counter-open'])
  })

  it('asks for nothing when waits are short and a counter is open; printers and screens down are reasons of their own', () => {
    const { config, day, now } = morning(2, true)
    expect(liveRow({ entry, day, config, printersDown: [], screensDown: [] }, now).attention).toEqual([])
    expect(liveRow({ entry, day, config, printersDown: ['Máy in sảnh'], screensDown: ['Màn hình sảnh'] }, now).attention).toEqual(['printer-down', 'screen-down'])
  })

  it('sums the centres into the province line', () => {
    const a = morning(3, false)
    const b = morning(2, true)
    const live = provinceLive([{ entry, day: a.day, config: a.config, printersDown: [], screensDown: [] }, { entry: { ...entry, slug: 'xa-b' }, day: b.day, config: b.config, printersDown: [], screensDown: [] }], a.now)
    expect(live.total).toMatchObject({ waiting: 5, openCounters: 1, issued: 5, needAttention: 1, satisfiedPercent: null })
  })
})
