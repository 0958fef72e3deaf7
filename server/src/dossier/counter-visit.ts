import { LuotError, type DossierVisit, type ReceiveDossier, type ReturnDossier, type StaffDossier } from '@luot/shared'
import { receive, returnResult } from '../domain/dossier/commands.js'
import type { DayTicket, StoredUser } from '../domain/types.js'
import { dossierKeyLock, dossierLock } from '../store/dossier/port.js'
import { newBookingCode } from '../booking/code.js'
import { staffActor, type DossierService } from './dossier-service.js'

/** Today's ticket `ticketId`, served (called, being served or just finished) by this clerk; refused otherwise. */
function servedBy(svc: DossierService, ticketId: string, user: StoredUser): DayTicket {
  const t = svc.queue.today.tickets.find((x) => x.id === ticketId)
  if (!t) throw new LuotError('TICKET_NOT_FOUND')
  if (t.clerkId !== user.id || t.counterId === undefined) throw new LuotError('NOT_YOUR_COUNTER', 'the ticket was not served by you')
  if (t.status !== 'called' && t.status !== 'serving' && t.status !== 'done') throw new LuotError('INVALID_TRANSITION', `the ticket is ${t.status}`)
  return t
}

const visitOf = (date: string, t: DayTicket): DossierVisit => ({ date, ticketId: t.id, number: t.number, ...(t.counterId !== undefined ? { counterId: t.counterId } : {}) })

/**
 * A dossier received (or refused) at the counter, linked to today's ticket this clerk is serving or
 * just finished. A repeated Idempotency-Key returns the first dossier (same ticket, procedure and
 * decision) and tells nobody again; another request under it is IDEMPOTENCY_MISMATCH.
 */
export async function receiveAtCounter(svc: DossierService, input: ReceiveDossier, user: StoredUser, idempotencyKey?: string, newCode: () => string = newBookingCode): Promise<StaffDossier> {
  svc.settings()
  const ticket = servedBy(svc, input.ticketId, user)
  const date = svc.queue.today.date
  const { dossier, fresh } = await svc.store.transaction(idempotencyKey ? [dossierKeyLock(idempotencyKey)] : [], async (tx) => {
    const earlier = idempotencyKey === undefined ? undefined : await tx.byIdempotencyKey(idempotencyKey)
    if (earlier) {
      const same = earlier.visit?.ticketId === input.ticketId && earlier.procedureId === input.procedureId && (earlier.status === 'refused') === (input.decision === 'refused')
      if (!same) throw new LuotError('IDEMPOTENCY_MISMATCH')
      return { dossier: earlier, fresh: false }
    }
    const procedure = (await tx.procedures()).find((p) => p.id === input.procedureId)
    if (!procedure) throw new LuotError('PROCEDURE_NOT_FOUND')
    // 75 random bits never repeat in practice; a repeat must still never overwrite someone's dossier
    let code = newCode()
    while (await tx.byCode(code)) code = newCode()
    const made = receive(svc.calendar, procedure, input, code, visitOf(date, ticket), { now: svc.now(), by: staffActor(user) }, idempotencyKey)
    tx.put(made)
    return { dossier: made, fresh: true }
  })
  return fresh ? svc.changed('received', dossier) : svc.staffView(dossier)
}

/**
 * The result handed over. With `ticketId` (the return visit's ticket this clerk is serving) the
 * ticket is finished with the outcome flagged 'return' in the same use case; a retry after the
 * ticket was finished that way goes on. Returned closes the dossier as early, on time or late.
 */
export async function returnAtCounter(svc: DossierService, code: string, body: ReturnDossier, user: StoredUser): Promise<StaffDossier> {
  svc.settings()
  const d = await svc.store.transaction([dossierLock(code)], async (tx) => {
    const before = await svc.find(tx, code)
    // refuses a dossier not ready before the ticket is touched
    returnResult(svc.calendar, before, undefined, { now: svc.now(), by: staffActor(user) })
    let visit: DossierVisit | undefined
    if (body.ticketId !== undefined) {
      const t = servedBy(svc, body.ticketId, user)
      if (t.dossierCode !== undefined && t.dossierCode !== code) throw new LuotError('BAD_REQUEST', 'the ticket was issued for another dossier')
      const outcome = svc.config.settings.outcomes.find((o) => o.dossier === 'return')
      if (!outcome) throw new LuotError('OUTCOME_UNKNOWN', 'no outcome is marked for returning results')
      if (t.status === 'done' && t.outcome !== outcome.id) throw new LuotError('INVALID_TRANSITION', 'the ticket was finished with another outcome')
      if (t.status !== 'done') await svc.queue.counterCommand(t.counterId!, user, { type: 'finish', outcome: outcome.id })
      visit = visitOf(svc.queue.today.date, t)
    }
    const next = returnResult(svc.calendar, before, visit, { now: svc.now(), by: staffActor(user) })
    tx.put(next)
    return next
  })
  return svc.changed('returned', d)
}
