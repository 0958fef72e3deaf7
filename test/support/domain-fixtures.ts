import { DEMO_COUNTERS, DEMO_SERVICES } from '../../server/src/setup/demo-services.js'
import { demoCentre, DEMO_SETTINGS } from '../../server/src/setup/demo-settings.js'
import { newDay } from '../../server/src/domain/day.js'
import type { Actor, Config, Ctx, DayState, StoredUser } from '../../server/src/domain/types.js'

/** The demo configuration with test users (no hashing needed for the pure domain). */
export function testConfig(overrides: Partial<Config['settings']> = {}): Config {
  const users: StoredUser[] = ['c1', 'c2', 'c3'].map((c, i) => ({ id: `clerk${i + 1}`, username: `clerk${i + 1}`, displayName: `Cán bộ ${i + 1}`, role: 'clerk', counterId: c, active: true, passwordHash: 'x', tokenVersion: 0, generation: `gen-clerk${i + 1}` }))
  users.push({ id: 'admin', username: 'admin', displayName: 'Admin', role: 'admin', counterId: null, active: true, passwordHash: 'x', tokenVersion: 0, generation: 'gen-admin' })
  return { version: 2, padKeyRotations: {}, centre: demoCentre('http://luot.test'), services: structuredClone(DEMO_SERVICES), counters: structuredClone(DEMO_COUNTERS), users, settings: { ...structuredClone(DEMO_SETTINGS), ...overrides } }
}

/** A clock the test moves by hand, and ids that count up: every run is the same. */
export function testCtx(start = '2026-11-23T01:00:00.000Z'): Ctx & { advance: (seconds: number) => void } {
  let now = new Date(start)
  let id = 0
  let code = 0
  const ctx = {
    get now() {
      return now
    },
    newId: () => `t${++id}`,
    newTrackingCode: () => `code${String(++code).padStart(8, '0')}`,
    advance: (seconds: number) => {
      now = new Date(now.getTime() + seconds * 1000)
    },
  }
  return ctx
}

export const clerk = (n: number): Actor => ({ id: `clerk${n}`, role: 'clerk' })
export const emptyDay = (date = '2026-11-23'): DayState => newDay(date)
