import { FINAL_STATUSES, LuotError, type CollectRequest, type CollectResult, DossierCode } from '@luot/shared'
import { publicDossier } from '../domain/dossier/rules.js'
import { findByIdempotencyKey } from '../domain/tickets.js'
import type { StoredUser } from '../domain/types.js'
import { issuedView } from '../domain/views.js'
import { issueAtKiosk } from '../issue-at-kiosk.js'
import type { PrintDispatcher } from '../print-dispatcher.js'
import { normaliseBookingCode } from '../booking/code.js'
import type { DossierService } from './dossier-service.js'

const CODE = new RegExp((DossierCode as { pattern?: string }).pattern ?? '^$')

/** A dossier code as typed or scanned (dashes, spaces, lower case, O for 0); DOSSIER_NOT_FOUND when it cannot be one. */
export function dossierCodeOf(raw: string): string {
  const code = normaliseBookingCode(raw.replace(/^.*\/d\//, ''))
  if (!CODE.test(code)) throw new LuotError('DOSSIER_NOT_FOUND')
  return code
}

/** The Idempotency-Key of the n-th return ticket of a dossier today (the first: `dossier-<code>`). */
const keyOf = (code: string, n: number): string => (n === 1 ? `dossier-${code}` : `dossier-${code}-${n}`)

/**
 * "Nhận kết quả" at the kiosk. A ready result gets a ticket of the return service (the dossier
 * settings' `returnServiceId`, else the procedure's own service) carrying the dossier's code,
 * issued and printed through the kiosk's door. Its key is made from the code: scanning again (or a
 * retry) while that ticket is still open returns the same ticket, not a second one; after it ended
 * unfinished (missed, cancelled) a new one is issued. Not ready: no ticket, the status and due date.
 */
export async function collectAtKiosk(deps: { dossiers: DossierService; printer: PrintDispatcher }, body: CollectRequest, who: { user: StoredUser | null }): Promise<CollectResult> {
  const svc = deps.dossiers
  const settings = svc.settings()
  const code = dossierCodeOf(body.code)
  const d = await svc.store.get(code)
  if (!d) throw new LuotError('DOSSIER_NOT_FOUND')
  const dossier = publicDossier(svc.config, d, svc.now())
  if (d.status !== 'result-ready') return { ready: false, dossier }
  for (let n = 1; ; n++) {
    const earlier = findByIdempotencyKey(svc.queue.today, keyOf(code, n))
    if (earlier && !FINAL_STATUSES.includes(earlier.status)) return { ready: true, dossier, ticket: issuedView(svc.queue.today, svc.config, earlier, svc.queue.clock) }
    if (earlier) continue
    const serviceId = settings.returnServiceId ?? d.serviceId
    const ticket = await issueAtKiosk({ service: svc.queue, printer: deps.printer }, { serviceId, lang: body.lang, kioskId: body.kioskId, idempotencyKey: keyOf(code, n), dossierCode: code }, who)
    return { ready: true, dossier, ticket }
  }
}
