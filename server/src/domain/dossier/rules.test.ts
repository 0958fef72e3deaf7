import { describe, expect, it } from 'vitest'
import type { DossierStatus, Procedure, StoredDossier } from '@luot/shared'
import { apologise, changeStatus, receive, returnResult } from './commands.js'
import { isDueSoon, isOverdue, MOVES } from './rules.js'
import type { WorkCalendar } from './working-time.js'

const weekday = [
  { start: '07:00', end: '11:30' },
  { start: '13:00', end: '17:00' },
]
const cal: WorkCalendar = { timeZone: 'Asia/Ho_Chi_Minh', weekdays: [[], weekday, weekday, weekday, weekday, weekday, []], calendar: [], middayAt: '12:00' }
const at = (date: string, hhmm: string): Date => new Date(`${date}T${hhmm}:00+07:00`)
const by = { kind: 'staff' as const, id: 'clerk1', name: 'Nguyễn Thị Lan' }
const procedure: Procedure = { id: 'khai-sinh', name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, serviceId: 'tu-phap-ho-tich', processing: { amount: 2, unit: 'working-days' }, active: true }

/** Received Monday 30 November 09:00, 2 working days: due Wednesday 2 December, morning. */
const received = (): StoredDossier => receive(cal, procedure, { ticketId: 't1', procedureId: 'khai-sinh', lang: 'vi', decision: 'received' }, 'ABCDEFGHJKMNPQR', undefined, { now: at('2026-11-30', '09:00'), by })

describe('status moves', () => {
  const all: DossierStatus[] = ['received', 'in-progress', 'supplement-requested', 'result-ready', 'returned', 'refused', 'withdrawn']
  const targets = ['in-progress', 'supplement-requested', 'result-ready', 'refused', 'withdrawn'] as const
  it.each(all.flatMap((from) => targets.map((to) => ({ from, to, ok: MOVES[from].includes(to) }))))('$from → $to allowed: $ok', ({ from, to, ok }) => {
    const d = { ...received(), status: from }
    const move = () => changeStatus(cal, d, { status: to, note: 'Thiếu bản sao giấy chứng sinh' }, { now: at('2026-11-30', '10:00'), by })
    if (ok) expect(move().status).toBe(to)
    else expect(move).toThrow(expect.objectContaining({ code: 'DOSSIER_TRANSITION_INVALID' }))
  })

  it('a supplement request and a refusal need a note', () => {
    expect(() => changeStatus(cal, received(), { status: 'supplement-requested' }, { now: at('2026-11-30', '10:00'), by })).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }))
    expect(() => changeStatus(cal, received(), { status: 'refused', note: '  ' }, { now: at('2026-11-30', '10:00'), by })).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }))
  })

  it('documents supplied: the due date moves by the time paused, and the step records it', () => {
    const paused = changeStatus(cal, received(), { status: 'supplement-requested', note: 'Thiếu tờ khai' }, { now: at('2026-11-30', '10:00'), by })
    expect(paused.pausedOwed).toBe(4)
    const resumed = changeStatus(cal, paused, { status: 'in-progress' }, { now: at('2026-12-03', '14:00'), by })
    expect(resumed).toMatchObject({ dueDate: '2026-12-07', dueHalf: 'afternoon', status: 'in-progress' })
    expect(resumed.pausedOwed).toBeUndefined()
    expect(resumed.history.at(-1)).toMatchObject({ status: 'in-progress', dueDate: '2026-12-07' })
  })
})

describe('overdue, due soon, apology, return', () => {
  it.each([
    { now: at('2026-12-01', '09:00'), status: 'in-progress' as const, overdue: false, soon: true },
    { now: at('2026-11-30', '09:30'), status: 'received' as const, overdue: false, soon: false },
    { now: at('2026-12-02', '11:29'), status: 'in-progress' as const, overdue: false, soon: true },
    { now: at('2026-12-02', '11:31'), status: 'in-progress' as const, overdue: true, soon: false },
    { now: at('2026-12-02', '11:31'), status: 'result-ready' as const, overdue: false, soon: false },
    { now: at('2026-12-09', '08:00'), status: 'supplement-requested' as const, overdue: false, soon: false },
  ])('at $now, $status: overdue $overdue, due soon $soon', ({ now, status, overdue, soon }) => {
    const d = { ...received(), status }
    expect(isOverdue(d, now)).toBe(overdue)
    expect(isDueSoon(cal, d, now, 1)).toBe(soon)
  })

  it('an apology only for a late or nearly late dossier, with a later date; returned late against the original due date', () => {
    const d = received()
    const ctx = (date: string, hhmm: string) => ({ now: at(date, hhmm), by })
    expect(() => apologise(cal, d, { reason: 'Chờ xác minh', newDate: '2026-12-10' }, 1, ctx('2026-11-30', '10:00'))).toThrow(expect.objectContaining({ code: 'DOSSIER_NOT_LATE' }))
    expect(() => apologise(cal, d, { reason: 'Chờ xác minh', newDate: '2026-12-02' }, 1, ctx('2026-12-01', '10:00'))).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }))
    const sorry = apologise(cal, d, { reason: 'Chờ xác minh', newDate: '2026-12-04' }, 1, ctx('2026-12-01', '10:00'))
    expect(sorry.apologies).toEqual([{ at: at('2026-12-01', '10:00').toISOString(), reason: 'Chờ xác minh', newDate: '2026-12-04', by }])
    expect(() => returnResult(cal, sorry, undefined, ctx('2026-12-04', '09:00'))).toThrow(expect.objectContaining({ code: 'DOSSIER_NOT_READY' }))
    const ready = changeStatus(cal, sorry, { status: 'result-ready' }, ctx('2026-12-03', '16:00'))
    const back = returnResult(cal, ready, { date: '2026-12-04', ticketId: 'k1', number: 'K001' }, ctx('2026-12-04', '09:00'))
    expect(back).toMatchObject({ status: 'returned', timeliness: 'late', returnTicket: { number: 'K001' } })
    expect(() => returnResult(cal, back, undefined, ctx('2026-12-04', '09:05'))).toThrow(expect.objectContaining({ code: 'DOSSIER_TRANSITION_INVALID' }))
  })

  it('a refusal at the counter keeps its reason; an inactive procedure is refused', () => {
    const input = { ticketId: 't1', procedureId: 'khai-sinh', lang: 'vi' as const, decision: 'refused' as const, reason: 'Không thuộc thẩm quyền' }
    expect(receive(cal, procedure, input, 'ABCDEFGHJKMNPQR', undefined, { now: at('2026-11-30', '09:00'), by })).toMatchObject({ status: 'refused', refusalReason: 'Không thuộc thẩm quyền' })
    expect(() => receive(cal, { ...procedure, active: false }, input, 'ABCDEFGHJKMNPQR', undefined, { now: at('2026-11-30', '09:00'), by })).toThrow(expect.objectContaining({ code: 'PROCEDURE_INACTIVE' }))
  })
})
