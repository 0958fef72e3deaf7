import type { FastifyInstance } from 'fastify'
import type { CounterView, IssuedTicket, ReceiveDossier, StaffDossier } from '@luot/shared'
import { call, type InjectReply } from './test-app.js'

/**
 * A walk-in of `serviceId` called at counter `counterId` by the signed-in clerk (`cookie`), who
 * opened it: what a dossier is received at. Returns the ticket.
 */
export async function servedTicket(app: FastifyInstance, cookie: string, counterId: string, serviceId: string): Promise<IssuedTicket> {
  const ticket = (await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId } })).body.data
  const opened = await call<CounterView>(app, 'POST', `/api/counters/${counterId}/open`, { cookie, body: {} })
  if (opened.body.ok && opened.body.data.current) await call(app, 'POST', `/api/counters/${counterId}/finish`, { cookie, body: { outcome: 'khac' } })
  const called = await call<CounterView>(app, 'POST', `/api/counters/${counterId}/call-next`, { cookie, body: {} })
  if (called.body.data.current?.ticketId !== ticket.id) throw new Error(`counter ${counterId} called ${JSON.stringify(called.body)} instead of ${ticket.number}`)
  return ticket
}

/** POST /api/dossiers for the ticket, received by default. */
export const receiveDossier = (app: FastifyInstance, cookie: string, body: Partial<ReceiveDossier> & { ticketId: string; procedureId: string }, key?: string): Promise<InjectReply<StaffDossier>> =>
  call<StaffDossier>(app, 'POST', '/api/dossiers', { cookie, body: { lang: 'vi', decision: 'received', ...body }, ...(key ? { headers: { 'idempotency-key': key } } : {}) })

/** The code as the slip prints it: XXXXX-XXXXX-XXXXX. */
export const dashed = (code: string): string => `${code.slice(0, 5)}-${code.slice(5, 10)}-${code.slice(10)}`
