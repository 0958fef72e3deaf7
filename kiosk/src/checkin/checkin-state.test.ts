import { describe, expect, it } from 'vitest'
import { checkInReducer, initialCheckIn, type CheckInAction } from './checkin-state.js'

const run = (actions: CheckInAction[]) => actions.reduce(checkInReducer, initialCheckIn)
const keys = (text: string): CheckInAction[] => [...text].map((key) => ({ type: 'key', key }))

describe('kiosk check-in state', () => {
  it('types at most 15 characters, read the Crockford way, and erases one at a time', () => {
    expect(run(keys('7k3q9xmp2rd8w4tZZZ')).typed).toBe('7K3Q9XMP2RD8W4T')
    expect(run(keys('O1L')).typed).toBe('011')
    expect(run([...keys('ABC'), { type: 'backspace' }]).typed).toBe('AB')
    expect(run([...keys('ABC'), { type: 'clear' }]).typed).toBe('')
  })
  it('ignores keys while a check-in is in flight, and keeps the code after a refusal so it can be corrected', () => {
    const busy = run([...keys('7K3Q9XMP2RD8W4T'), { type: 'start', code: '7K3Q9XMP2RD8W4T' }])
    expect(checkInReducer(busy, { type: 'backspace' })).toBe(busy)
    const refused = checkInReducer(busy, { type: 'failed', code: 'BOOKING_NOT_FOUND' })
    expect(refused).toMatchObject({ busy: false, error: 'BOOKING_NOT_FOUND', typed: '7K3Q9XMP2RD8W4T' })
    expect(checkInReducer(refused, { type: 'backspace' })).toMatchObject({ typed: '7K3Q9XMP2RD8W4', error: null })
  })
  it('a scanned code replaces what was typed', () => {
    expect(run([...keys('AB'), { type: 'start', code: '7K3Q9XMP2RD8W4T' }]).typed).toBe('7K3Q9XMP2RD8W4T')
  })
  it('offers the walk-in ticket only after a late refusal', () => {
    const late = run([{ type: 'start', code: '7K3Q9XMP2RD8W4T' }, { type: 'failed', code: 'BOOKING_LATE' }, { type: 'late-service', serviceId: 'ho-tich' }])
    expect(late.lateServiceId).toBe('ho-tich')
    const other = run([{ type: 'start', code: '7K3Q9XMP2RD8W4T' }, { type: 'failed', code: 'BOOKING_NOT_TODAY' }, { type: 'late-service', serviceId: 'ho-tich' }])
    expect(other.lateServiceId).toBeNull()
  })
  it('a remote ticket checked in by its tracking QR is confirmed by its number, and the next touch starts afresh', () => {
    const done = run([{ type: 'start', code: '' }, { type: 'remote-done', number: 'K005' }])
    expect(done).toMatchObject({ busy: false, remoteDone: 'K005', typed: '' })
    expect(checkInReducer(done, { type: 'key', key: 'A' })).toMatchObject({ remoteDone: null, typed: 'A' })
  })
})
