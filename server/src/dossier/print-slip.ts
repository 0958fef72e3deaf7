import { LuotError, type SlipPrinted } from '@luot/shared'
import type { StoredUser } from '../domain/types.js'
import type { PrintDispatcher } from '../print-dispatcher.js'
import type { DossierService } from './dossier-service.js'
import { receiptSlipBlocks } from './receipt-slip.js'

/** The counter the clerk holds today, else the one their account is assigned to. */
function counterOf(svc: DossierService, user: StoredUser): string | null {
  const held = Object.entries(svc.queue.today.counters).find(([, rt]) => rt.clerkId === user.id)?.[0]
  return held ?? user.counterId
}

/**
 * Prints a dossier's receipt and appointment slip (Mẫu 01) on the printer of the clerk's counter.
 * Refused for a dossier refused at the counter (its slip is Mẫu 03, printed from the browser). A
 * printer that is off or out of paper answers 'failed': the A5 slip from the browser is the fallback.
 */
export async function printReceiptSlip(deps: { dossiers: DossierService; printer: PrintDispatcher }, code: string, user: StoredUser): Promise<SlipPrinted> {
  const d = await deps.dossiers.store.get(code)
  if (!d) throw new LuotError('DOSSIER_NOT_FOUND')
  if (d.history[0]?.status === 'refused') throw new LuotError('DOSSIER_TRANSITION_INVALID', 'a dossier refused at the counter has no receipt slip')
  const counterId = counterOf(deps.dossiers, user)
  const printer = counterId === null ? undefined : deps.printer.printerForCounter(counterId)
  if (!printer) return { print: 'no-printer' }
  const result = await deps.printer.tryPrintBlocks(receiptSlipBlocks(deps.dossiers.config, d), printer)
  return { print: result.ok ? 'printed' : 'failed' }
}
