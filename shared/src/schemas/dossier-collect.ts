import Type, { type Static } from 'typebox'
import { PublicDossier } from './dossier.js'
import { IssuedTicket } from './views.js'

/**
 * The reply of POST /api/kiosk/collect ("Nhận kết quả"): with the result ready, the return visit's
 * ticket (it carries the dossier's code, printed like a kiosk ticket); else no ticket, and the
 * dossier's status and due date for the kiosk to show. Apart from dossier.ts because the ticket's
 * view imports the ticket schema, which imports the dossier code: one file would import itself.
 */
export const CollectResult = Type.Union([
  Type.Object({ ready: Type.Literal(true), dossier: PublicDossier, ticket: IssuedTicket }),
  Type.Object({ ready: Type.Literal(false), dossier: PublicDossier }),
])
export type CollectResult = Static<typeof CollectResult>
