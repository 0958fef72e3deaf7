import { describe, expect, it } from 'vitest'
import type { CounterView } from '@luot/shared'
import { phaseOf, shortcutAction } from './keyboard.js'

const counter = (extra: Partial<CounterView>): CounterView => ({ id: 'c1', number: 1, name: { vi: 'Quầy 1', en: 'Counter 1' }, serviceIds: [], state: 'open', clerkId: 'clerk1', ...extra })
const current = (status: 'called' | 'serving') => ({ ticketId: 't', number: '2001', serviceId: 's', status, priorityGroup: null, queuedAt: '', recalls: 0 })

describe('counter keyboard', () => {
  it.each([
    [counter({ clerkId: 'clerk2' }), 'taken'],
    [counter({ state: 'closed', clerkId: undefined }), 'closed'],
    [counter({ state: 'paused' }), 'paused'],
    [counter({}), 'idle'],
    [counter({ current: current('called') }), 'called'],
    [counter({ current: current('serving') }), 'serving'],
  ] as const)('reads the phase of a counter (%#)', (c, phase) => {
    expect(phaseOf(c, 'clerk1')).toBe(phase)
  })

  it('Enter calls next only at an idle open counter', () => {
    expect(shortcutAction('Enter', 'idle')).toBe('call-next')
    for (const p of ['closed', 'paused', 'called', 'serving', 'taken'] as const) expect(shortcutAction('Enter', p)).toBeNull()
  })

  it('letters work in either case, only when the action is allowed', () => {
    expect(shortcutAction('R', 'called')).toBe('recall')
    expect(shortcutAction('r', 'serving')).toBeNull() // a recall once the citizen is at the desk makes no sense
    expect(shortcutAction('s', 'called')).toBe('start')
    expect(shortcutAction('f', 'serving')).toBe('finish')
    expect(shortcutAction('k', 'called')).toBe('skip')
    expect(shortcutAction('k', 'serving')).toBeNull()
    expect(shortcutAction('t', 'serving')).toBe('transfer')
    expect(shortcutAction('p', 'idle')).toBe('pause')
    expect(shortcutAction('o', 'paused')).toBe('open')
    expect(shortcutAction('x', 'idle')).toBeNull()
    expect(shortcutAction('o', 'taken')).toBeNull()
  })
})
