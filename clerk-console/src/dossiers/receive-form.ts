import type { Lang, ReceiveDossier } from '@luot/shared'
import { translate } from '../i18n.js'

/** What the clerk typed in the receiving dialog, before it becomes a request. */
export interface ReceiveDraft {
  procedureId: string
  externalCode: string
  copies: string
  documents: string
  applicantName: string
  applicantPhone: string
  decision: 'received' | 'refused'
  reason: string
}

export const EMPTY_DRAFT: ReceiveDraft = { procedureId: '', externalCode: '', copies: '', documents: '', applicantName: '', applicantPhone: '', decision: 'received', reason: '' }

const PHONE = /^\+?[0-9 .-]{8,16}$/

/**
 * The POST /api/dossiers body from the draft, or the first thing to fix (in the console's
 * language). Empty optional fields are left out, documents are one a line.
 */
export function receiveBody(draft: ReceiveDraft, ticketId: string, lang: Lang): { ok: true; body: ReceiveDossier } | { ok: false; message: { vi: string; en: string } } {
  const both = (key: Parameters<typeof translate>[1]) => ({ vi: translate('vi', key), en: translate('en', key) })
  if (!draft.procedureId) return { ok: false, message: both('procedureRequired') }
  const phone = draft.applicantPhone.trim()
  if (phone && !PHONE.test(phone)) return { ok: false, message: both('phoneInvalid') }
  const reason = draft.reason.trim()
  if (draft.decision === 'refused' && !reason) return { ok: false, message: both('reasonRequired') }
  const copies = Number(draft.copies)
  const documents = draft.documents.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => l.slice(0, 200)).slice(0, 30)
  const body: ReceiveDossier = {
    ticketId,
    procedureId: draft.procedureId,
    lang,
    decision: draft.decision,
    ...(draft.externalCode.trim() ? { externalCode: draft.externalCode.trim() } : {}),
    ...(draft.copies.trim() && Number.isInteger(copies) && copies >= 1 && copies <= 99 ? { copies } : {}),
    ...(documents.length ? { documents } : {}),
    ...(draft.applicantName.trim() ? { applicantName: draft.applicantName.trim() } : {}),
    ...(phone ? { applicantPhone: phone } : {}),
    ...(draft.decision === 'refused' ? { reason } : {}),
  }
  return { ok: true, body }
}
