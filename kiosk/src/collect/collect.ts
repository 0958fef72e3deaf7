import type { CollectRequest, Lang, PublicDossier } from '@luot/shared'
import { isNoAnswer } from '@luot/shared/client/send'
import { call } from '../citizen/http.js'
import type { KioskTicket } from '../take-ticket.js'

/** What "Nhận kết quả" came to: the return visit's ticket, the dossier that is not ready (no ticket), or why not. */
export type CollectOutcome = { ok: true; ticket: KioskTicket } | { ok: true; notReady: PublicDossier } | { ok: false; code: string }

type CollectReply = { ready: true; dossier: PublicDossier; ticket: KioskTicket } | { ready: false; dossier: PublicDossier }

/**
 * POST /api/kiosk/collect with the code and this kiosk (whose printer prints the ticket). `key` is the
 * Idempotency-Key: the caller keeps it for a retry after no answer, so one touch never gives two tickets.
 */
export async function collectAtKiosk(code: string, kioskId: string | undefined, lang: Lang, key: string): Promise<CollectOutcome> {
  const body: CollectRequest = { code, lang, ...(kioskId ? { kioskId } : {}) }
  const reply = await call<CollectReply>('POST', '/api/kiosk/collect', { body, key })
  if (isNoAnswer(reply)) return { ok: false, code: 'NO_ANSWER' }
  if (!reply.ok) return { ok: false, code: reply.error.code }
  return reply.data.ready ? { ok: true, ticket: reply.data.ticket } : { ok: true, notReady: reply.data.dossier }
}
