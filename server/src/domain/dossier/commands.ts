import { dayKey, LuotError, type DossierActor, type DossierStatusChange, type DossierVisit, type NewApology, type Procedure, type ReceiveDossier, type StoredDossier } from '@luot/shared'
import { dueOnReceipt, dueOnResume, owedAt, type Due } from './due-date.js'
import { assertMove, isDueSoon, isOpen, isOverdue, timelinessOf } from './rules.js'
import type { WorkCalendar } from './working-time.js'

/** The outside world of a dossier command: the time, who acts. */
export interface DossierCtx {
  now: Date
  by: DossierActor
}

const dueOf = (d: StoredDossier): Due => ({ dueAt: d.dueAt, dueDate: d.dueDate, dueHalf: d.dueHalf })

/**
 * A dossier received (or refused, Mẫu 03) at the counter: the procedure's name and time are copied
 * (the catalogue may change later), the due date computed by the half-day rule. A refusal is
 * recorded with its reason and the due date it would have had, and counts as refused, not received.
 */
export function receive(cal: WorkCalendar, procedure: Procedure, input: ReceiveDossier, code: string, visit: DossierVisit | undefined, ctx: DossierCtx, idempotencyKey?: string): StoredDossier {
  if (!procedure.active) throw new LuotError('PROCEDURE_INACTIVE')
  if (input.decision === 'refused' && !input.reason?.trim()) throw new LuotError('BAD_REQUEST', 'a refusal needs a reason')
  const at = ctx.now.toISOString()
  const status = input.decision === 'refused' ? 'refused' : 'received'
  const due = dueOnReceipt(cal, procedure.processing, ctx.now)
  const d: StoredDossier = {
    code,
    procedureId: procedure.id,
    procedureName: procedure.name,
    processing: procedure.processing,
    serviceId: procedure.serviceId,
    documents: input.documents ?? [],
    lang: input.lang,
    status,
    receivedAt: at,
    receivedBy: ctx.by,
    ...due,
    apologies: [],
    // the first step records the due date too: a report can tell the due date in force on any day
    history: [{ at, status, by: ctx.by, dueDate: due.dueDate, ...(input.reason ? { note: input.reason } : {}) }],
    updatedAt: at,
  }
  if (visit) d.visit = visit
  if (input.externalCode !== undefined) d.externalCode = input.externalCode
  if (input.copies !== undefined) d.copies = input.copies
  if (input.applicantName !== undefined) d.applicantName = input.applicantName.trim()
  if (input.applicantPhone !== undefined) d.applicantPhone = input.applicantPhone
  if (status === 'refused' && input.reason) d.refusalReason = input.reason
  if (idempotencyKey !== undefined) d.idempotencyKey = idempotencyKey
  return d
}

/**
 * The next status. Requesting documents pauses the clock (the units still owed are kept in
 * `pausedOwed`); documents supplied (back to in-progress) count the owed units again from now with
 * the half-day rule, and the step records the new due date.
 */
export function changeStatus(cal: WorkCalendar, d: StoredDossier, change: DossierStatusChange, ctx: DossierCtx): StoredDossier {
  assertMove(d.status, change.status, change.note)
  const at = ctx.now.toISOString()
  const note = change.note?.trim()
  const next: StoredDossier = { ...d, status: change.status, updatedAt: at, history: [...d.history, { at, status: change.status, by: ctx.by, ...(note ? { note } : {}) }] }
  if (change.status === 'supplement-requested') {
    next.pausedOwed = owedAt(cal, d.processing, dueOf(d), ctx.now)
    next.supplementNote = note!
  }
  if (d.status === 'supplement-requested' && change.status === 'in-progress') {
    const due = dueOnResume(cal, d.processing, d.pausedOwed ?? 0, ctx.now, dueOf(d))
    Object.assign(next, due)
    delete next.pausedOwed
    next.history[next.history.length - 1]!.dueDate = due.dueDate
  }
  if (change.status === 'refused') next.refusalReason = note!
  if (change.status === 'result-ready') next.resultReadyAt = at
  return next
}

/**
 * An apology (Mẫu 04) with a new date: only for a dossier still being worked on that is overdue or
 * due within `soonDays` working days (at least today's and the next working day's), and a new date after today.
 */
export function apologise(cal: WorkCalendar, d: StoredDossier, body: NewApology, soonDays: number, ctx: DossierCtx): StoredDossier {
  const today = dayKey(ctx.now, cal.timeZone)
  if (!isOpen(d.status) || !(isOverdue(d, ctx.now) || isDueSoon(cal, d, ctx.now, Math.max(1, soonDays)))) throw new LuotError('DOSSIER_NOT_LATE')
  if (body.newDate <= today || body.newDate <= d.dueDate) throw new LuotError('BAD_REQUEST', 'the new date must be after today and after the due date')
  const at = ctx.now.toISOString()
  return { ...d, updatedAt: at, apologies: [...d.apologies, { at, reason: body.reason.trim(), newDate: body.newDate, by: ctx.by }] }
}

/** The result handed over: closes the dossier as early, on time or late by the day it is returned. */
export function returnResult(cal: WorkCalendar, d: StoredDossier, ticket: DossierVisit | undefined, ctx: DossierCtx): StoredDossier {
  if (d.status !== 'result-ready') throw d.status === 'returned' ? new LuotError('DOSSIER_TRANSITION_INVALID', 'already returned') : new LuotError('DOSSIER_NOT_READY')
  const at = ctx.now.toISOString()
  const next: StoredDossier = { ...d, status: 'returned', returnedAt: at, timeliness: timelinessOf(d.dueDate, dayKey(ctx.now, cal.timeZone)), updatedAt: at, history: [...d.history, { at, status: 'returned', by: ctx.by }] }
  if (ticket) next.returnTicket = ticket
  return next
}
