import type { IssuedTicket, TakeTicketBody } from '@luot/shared'
import type { StoredUser } from './domain/types.js'
import type { PrintDispatcher } from './print-dispatcher.js'
import type { QueueService } from './queue-service.js'

export interface IssueInput extends TakeTicketBody {
  idempotencyKey?: string | undefined
  /** At a booking's check-in: the booking mark the ticket carries (its code and its slot's start). */
  booking?: { code: string; slotStart: string } | undefined
  /** At "Nhận kết quả": the dossier the return visit's ticket carries. */
  dossierCode?: string | undefined
}

/**
 * Taking a ticket, the one use case behind `POST /api/tickets` and the `ticket:take` socket command:
 * issue it durably, then print it on the kiosk's printer. A signed-in clerk issuing for a walk-in at
 * the counter is the 'clerk' channel. The print result rides along; a failed print never loses the ticket.
 */
export async function issueAtKiosk(deps: { service: QueueService; printer: PrintDispatcher }, input: IssueInput, who: { user: StoredUser | null }): Promise<IssuedTicket> {
  const { idempotencyKey, booking, dossierCode, ...body } = input
  const ticket = await deps.service.takeTicket({ ...body, channel: who.user ? 'clerk' : 'kiosk', idempotencyKey, ...(booking ? { booking } : {}), ...(dossierCode !== undefined ? { dossierCode } : {}) })
  return { ...ticket, print: await deps.printer.ticketIssued(ticket, body.kioskId) }
}
