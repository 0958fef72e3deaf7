import { describe, expect, it } from 'vitest'
import { actionsFor, dueText, groupedCode, nextDay, processingText } from './dossier-words.js'
import { listPath, DEFAULT_FILTERS } from './list-query.js'

describe('dossier words', () => {
  it('groups codes, writes due half-days and processing times', () => {
    expect(groupedCode('ABCDEFGHJKMNPQR')).toBe('ABCDE-FGHJK-MNPQR')
    expect(dueText({ dueDate: '2026-12-03', dueHalf: 'morning' }, 'vi')).toBe('sáng 03/12/2026')
    expect(dueText({ dueDate: '2026-12-03', dueHalf: 'afternoon' }, 'en')).toBe('afternoon of 03/12/2026')
    expect(processingText({ amount: 0.5, unit: 'working-days' }, 'vi')).toBe('0,5 ngày làm việc')
    expect(processingText({ amount: 8, unit: 'working-hours' }, 'en')).toBe('8 working hours')
    expect(nextDay('2026-12-31')).toBe('2027-01-01')
  })

  it('offers only the moves the contract allows, and the apology only when late or nearly', () => {
    expect(actionsFor({ status: 'received', overdue: false, dueSoon: false })).toEqual(['in-progress', 'supplement-requested', 'result-ready', 'refused', 'withdrawn'])
    expect(actionsFor({ status: 'in-progress', overdue: true, dueSoon: false })).toContain('apology')
    expect(actionsFor({ status: 'supplement-requested', overdue: true, dueSoon: false })).toEqual(['supplied', 'refused', 'withdrawn'])
    for (const status of ['result-ready', 'returned', 'refused', 'withdrawn'] as const) expect(actionsFor({ status, overdue: true, dueSoon: true })).toEqual([])
  })

  it('asks the list with the filters set, in a fixed order', () => {
    expect(listPath(DEFAULT_FILTERS)).toBe('/api/dossiers?view=open')
    expect(listPath({ view: 'overdue', status: 'in-progress', serviceId: 'tu-phap', dueBy: '2026-12-05', q: ' An ' })).toBe('/api/dossiers?view=overdue&status=in-progress&serviceId=tu-phap&dueBy=2026-12-05&q=An')
  })
})
