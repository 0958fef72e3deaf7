import { formatCode, isBookingCode, normalizeCode } from '../booking-code.js'
import type { DossierStatus, Lang, PublicDossier } from '@luot/shared'
import { DOSSIER_STRINGS } from './dossier-strings.js'

/** A dossier code as typed or scanned (the same 15 Crockford characters as a booking code, read the same way); null when it cannot be one. */
export function normaliseDossierCode(text: string): string | null {
  const code = normalizeCode(text)
  return isBookingCode(code) ? code : null
}

/** The code in /d/{code} (also under an embedding prefix, or a whole tracking URL scanned from a slip); null when it cannot be one. */
export function dossierCodeFrom(text: string): string | null {
  const m = /\/d\/([^/?#]+)\/?(?:[?#].*)?$/.exec(text)
  if (!m) return null
  try {
    return normaliseDossierCode(decodeURIComponent(m[1]!))
  } catch {
    return null
  }
}

/** "ABCDE-FGHJK-MNPQR" */
export const groupCode = formatCode

/** "Chiều 03/12/2026" from the due date and half. */
export function dueWords(d: Pick<PublicDossier, 'dueDate' | 'dueHalf'>, lang: Lang): string {
  const [y, m, day] = d.dueDate.split('-')
  return `${DOSSIER_STRINGS[d.dueHalf][lang]} ${day}/${m}/${y}`
}

export type StepKey = 'stepReceived' | 'stepInProgress' | 'stepSupplement' | 'stepReady' | 'stepReturned' | 'stepRefused' | 'stepWithdrawn'
export interface Step {
  key: StepKey
  state: 'done' | 'current' | 'todo'
}

const MAIN: StepKey[] = ['stepReceived', 'stepInProgress', 'stepReady', 'stepReturned']
const AT: Record<DossierStatus, number> = { received: 0, 'in-progress': 1, 'supplement-requested': 1, 'result-ready': 2, returned: 3, refused: 1, withdrawn: 1 }

/**
 * The steps the citizen sees: received → in progress → result ready → returned. A request for
 * documents shows in place of "in progress"; a refusal or withdrawal ends the line there.
 */
export function stepsOf(status: DossierStatus): Step[] {
  const at = AT[status]
  const ended = status === 'refused' || status === 'withdrawn'
  const keys = MAIN.map((k, i): StepKey => (i !== 1 ? k : status === 'supplement-requested' ? 'stepSupplement' : status === 'refused' ? 'stepRefused' : status === 'withdrawn' ? 'stepWithdrawn' : k))
  return (ended ? keys.slice(0, 2) : keys).map((key, i) => ({ key, state: i < at || (i === at && status === 'returned') ? 'done' : i === at ? 'current' : 'todo' }))
}
