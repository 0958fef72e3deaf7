import { describe, expect, it } from 'vitest'
import { dossierCodeFrom, dueWords, normaliseDossierCode, stepsOf } from './dossier-view.js'

describe('the dossier page', () => {
  it('reads a code as typed or scanned', () => {
    expect(normaliseDossierCode('abcde-fghjk-mnpqr')).toBe('ABCDEFGHJKMNPQR')
    expect(normaliseDossierCode('ABCDE FGHJK MNPQO')).toBe('ABCDEFGHJKMNPQ0')
    expect(normaliseDossierCode('ABCDEFGHJKMNPQ')).toBeNull()
    expect(normaliseDossierCode('ABCDEFGHJKMNPQU')).toBeNull()
    expect(dossierCodeFrom('/luot/d/ABCDEFGHJKMNPQR')).toBe('ABCDEFGHJKMNPQR')
    expect(dossierCodeFrom('https://luot.haichau.vn/d/abcdefghjkmnpqr/')).toBe('ABCDEFGHJKMNPQR')
    expect(dossierCodeFrom('/t/ABCDEFGHJKMNPQR')).toBeNull()
  })

  it('writes the due half-day', () => {
    expect(dueWords({ dueDate: '2026-12-03', dueHalf: 'afternoon' }, 'vi')).toBe('Chiều 03/12/2026')
    expect(dueWords({ dueDate: '2026-12-03', dueHalf: 'morning' }, 'en')).toBe('Morning of 03/12/2026')
  })

  it('shows where the dossier stands among the steps', () => {
    const line = (s: Parameters<typeof stepsOf>[0]) => stepsOf(s).map((x) => `${x.key}:${x.state}`)
    expect(line('received')).toEqual(['stepReceived:current', 'stepInProgress:todo', 'stepReady:todo', 'stepReturned:todo'])
    expect(line('supplement-requested')).toEqual(['stepReceived:done', 'stepSupplement:current', 'stepReady:todo', 'stepReturned:todo'])
    expect(line('result-ready')).toEqual(['stepReceived:done', 'stepInProgress:done', 'stepReady:current', 'stepReturned:todo'])
    expect(line('returned')).toEqual(['stepReceived:done', 'stepInProgress:done', 'stepReady:done', 'stepReturned:done'])
    expect(line('refused')).toEqual(['stepReceived:done', 'stepRefused:current'])
  })
})
