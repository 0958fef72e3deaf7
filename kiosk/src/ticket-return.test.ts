import { describe, expect, it } from 'vitest'
import { printNote, ticketScreenSeconds } from './ticket-return.js'

describe('the ticket screen after printing', () => {
  it('stays longer when the printer failed, so the citizen can photograph the ticket', () => {
    expect(ticketScreenSeconds('printed', 15)).toBe(15)
    expect(ticketScreenSeconds('no-printer', 15)).toBe(15)
    expect(ticketScreenSeconds(undefined, 15)).toBe(15)
    expect(ticketScreenSeconds('failed', 15)).toBe(60)
    expect(ticketScreenSeconds('failed', 40)).toBe(120)
  })

  it('tells the citizen to take the paper only when a printer printed it', () => {
    expect(printNote('printed', false)).toBe('take-below')
    expect(printNote(undefined, true)).toBe('take-below')
    expect(printNote('no-printer', false)).toBeNull()
    expect(printNote('failed', true)).toBe('failed')
  })
})
