import { describe, expect, it } from 'vitest'
import type { PublicDossier, PublicSnapshot, ServiceView } from '@luot/shared'
import { activeServices, initialKioskState, kioskReducer, type KioskState } from './state.js'
import type { KioskTicket } from './take-ticket.js'

const service = (id: string, waiting: number): ServiceView => ({
  id, code: 'A', name: { vi: id, en: id }, active: true, waiting, estimatedWaitMinutes: 0, targetWaitMinutes: 20,
  issuedToday: 0, capReached: false, counterNumbers: [1], openCounterNumbers: [],
})
const snapshot = (groups: string[], services = [service('van-phong', 0)]) =>
  ({ serverTime: '2026-11-23T01:00:10.000Z', issuing: true, services, settings: { priorityGroups: groups.map((id) => ({ id, name: { vi: id, en: id } })) } }) as unknown as PublicSnapshot
const ticket = { id: 't1', number: 'A001' } as KioskTicket

const run = (s: KioskState, ...actions: Parameters<typeof kioskReducer>[1][]) => actions.reduce(kioskReducer, s)

describe('kioskReducer', () => {
  it('replaces state with each snapshot and keeps the server clock offset', () => {
    const s = run(initialKioskState, { type: 'snapshot', snapshot: snapshot([]), receivedAt: Date.parse('2026-11-23T01:00:00.000Z') })
    expect(s.clockOffsetMs).toBe(10_000)
    const next = run(s, { type: 'services', services: [service('van-phong', 7)] })
    expect(next.snapshot!.services[0]!.waiting).toBe(7)
  })

  it('drops a chosen priority group that a new snapshot no longer has', () => {
    const s = run(initialKioskState, { type: 'snapshot', snapshot: snapshot(['a', 'b']), receivedAt: 0 }, { type: 'priority-pick', group: 'b' })
    expect(s.priorityGroup).toBe('b')
    expect(run(s, { type: 'snapshot', snapshot: snapshot(['b']), receivedAt: 0 }).priorityGroup).toBe('b')
    expect(run(s, { type: 'snapshot', snapshot: snapshot(['a']), receivedAt: 0 }).priorityGroup).toBeNull()
  })

  it('shows the ticket, or the refusal in plain words', () => {
    const busy = run(initialKioskState, { type: 'take-start', serviceId: 'van-phong' })
    expect(busy.busyServiceId).toBe('van-phong')
    const shown = run(busy, { type: 'take-done', outcome: { ok: true, ticket } })
    expect([shown.screen, shown.ticket, shown.busyServiceId]).toEqual(['ticket', ticket, null])
    const refused = (code: string) => run(busy, { type: 'take-done', outcome: { ok: false, error: { code } as never } }).refusal
    expect(refused('DAILY_CAP_REACHED')).toBe('DAILY_CAP_REACHED')
    expect(refused('CENTRE_CLOSED')).toBe('CENTRE_CLOSED')
    expect(refused('NO_ANSWER')).toBe('NO_ANSWER')
    expect(refused('STORAGE_FAILED')).toBe('OTHER')
  })

  it('never goes idle over a ticket or an issue in flight; finishing resets for the next citizen', () => {
    const onTicket = run(initialKioskState, { type: 'toggle-lang' }, { type: 'priority-pick', group: 'a' }, { type: 'take-done', outcome: { ok: true, ticket } })
    expect(run(onTicket, { type: 'idle' }).screen).toBe('ticket')
    expect(run(initialKioskState, { type: 'take-start', serviceId: 'x' }, { type: 'idle' }).screen).toBe('start')
    const done = run(onTicket, { type: 'finish' })
    expect([done.screen, done.lang, done.priorityGroup, done.ticket]).toEqual(['start', 'vi', null, null])
    expect(run(initialKioskState, { type: 'toggle-lang' }, { type: 'idle' }).lang).toBe('vi')
  })
})

describe('activeServices', () => {
  it('offers only active services that some counter serves', () => {
    const view = (id: string, active: boolean, counterNumbers: number[]): ServiceView => ({ id, code: id, name: { vi: id, en: id }, active, waiting: 0, estimatedWaitMinutes: null, targetWaitMinutes: 20, issuedToday: 0, capReached: false, counterNumbers, openCounterNumbers: [] })
    const snapshot = { services: [view('a', true, [1]), view('b', true, []), view('c', false, [2])] } as unknown as PublicSnapshot
    expect(activeServices(snapshot).map((s) => s.id)).toEqual(['a'])
  })
})

describe('kioskReducer: I have a booking', () => {
  const ready = run(initialKioskState, { type: 'snapshot', snapshot: snapshot([]), receivedAt: 0 })
  it('opens the check-in screen fresh, and a checked-in booking shows its ticket', () => {
    const typing = run(ready, { type: 'checkin-open' }, { type: 'checkin', action: { type: 'key', key: 'A' } })
    expect(typing).toMatchObject({ screen: 'checkin', checkIn: { typed: 'A' } })
    expect(run(typing, { type: 'checkin-open' }).checkIn.typed).toBe('')
    const done = run(typing, { type: 'checkin', action: { type: 'start', code: '7K3Q9XMP2RD8W4T' } }, { type: 'checkin-done', ticket })
    expect(done).toMatchObject({ screen: 'ticket', ticket, checkIn: { typed: '', busy: false } })
    expect(run(done, { type: 'finish' })).toMatchObject({ screen: 'start', ticket: null })
  })
  it('goes idle from an abandoned check-in screen, but not while a check-in is in flight', () => {
    const typing = run(ready, { type: 'checkin-open' }, { type: 'checkin', action: { type: 'key', key: 'A' } })
    expect(run(typing, { type: 'idle' })).toMatchObject({ screen: 'idle', checkIn: { typed: '' } })
    const busy = run(typing, { type: 'checkin', action: { type: 'start', code: '7K3Q9XMP2RD8W4T' } })
    expect(run(busy, { type: 'idle' }).screen).toBe('checkin')
  })
  it('a late citizen who takes a walk-in ticket instead gets it like any other', () => {
    const late = run(ready, { type: 'checkin-open' }, { type: 'checkin', action: { type: 'start', code: '7K3Q9XMP2RD8W4T' } }, { type: 'checkin', action: { type: 'failed', code: 'BOOKING_LATE' } })
    const walkIn = run(late, { type: 'take-start', serviceId: 'van-phong' }, { type: 'take-done', outcome: { ok: true, ticket } })
    expect(walkIn).toMatchObject({ screen: 'ticket', ticket, checkIn: { error: null } })
  })

  it('"Nhận kết quả": a result not ready is shown with no ticket until the citizen types again; a ready one goes to the ticket', () => {
    const dossier = { code: 'ABCDEFGHJKMNPQR', status: 'in-progress', dueDate: '2026-12-03', dueHalf: 'afternoon' } as PublicDossier
    const asked = run(initialKioskState, { type: 'collect-open' }, { type: 'checkin', action: { type: 'start', code: dossier.code } }, { type: 'not-ready', dossier })
    expect(asked).toMatchObject({ screen: 'collect', ticket: null, notReady: dossier, checkIn: { busy: false, typed: dossier.code } })
    expect(run(asked, { type: 'checkin', action: { type: 'clear' } }).notReady).toBeNull()
    expect(run(asked, { type: 'idle' })).toMatchObject({ screen: 'idle', notReady: null })
    const ready = run(initialKioskState, { type: 'collect-open' }, { type: 'checkin', action: { type: 'start', code: dossier.code } }, { type: 'checkin-done', ticket })
    expect(ready).toMatchObject({ screen: 'ticket', ticket, notReady: null })
  })
})
