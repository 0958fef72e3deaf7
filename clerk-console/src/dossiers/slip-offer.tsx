import { useState } from 'preact/hooks'
import type { SlipPrinted, StaffDossier } from '@luot/shared'
import { post } from '../api.js'
import { Modal } from '../components/modal.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { dueText, groupedCode } from './dossier-words.js'

/** The slip's print route; opened in a new tab so the counter stays where it is. */
export const slipHref = (code: string, form: '01' | '02' | '03' | '04'): string => `#/dossiers/${code}/slip/${form}`

/** After receiving (or refusing) at the counter: what was recorded, and the slip to print. */
export function SlipOffer({ dossier, onClose }: { dossier: StaffDossier; onClose: () => void }) {
  const t = useT()
  const { lang } = useConsoleState()
  const refused = dossier.status === 'refused'
  const code = groupedCode(dossier.code)
  const [printed, setPrinted] = useState<SlipPrinted['print'] | 'busy' | null>(null)
  const printHere = async () => {
    setPrinted('busy')
    const r = await post<SlipPrinted>(`/api/dossiers/${encodeURIComponent(dossier.code)}/slip`)
    setPrinted(r.ok ? r.data.print : 'failed')
  }
  return (
    <Modal title={t(refused ? 'statusRefused' : 'statusReceived')} onClose={onClose}>
      <p role="status" data-testid="dossier-saved" data-code={dossier.code}>
        {refused ? t('refusedDone', { code }) : t('receivedDone', { code, due: dueText(dossier, lang) })}
      </p>
      {printed && printed !== 'busy' ? (
        <p role="status" class={printed === 'printed' ? 'ok-note' : 'problem'} data-testid="counter-print" data-print={printed}>
          {t(printed === 'printed' ? 'slipPrintedHere' : printed === 'no-printer' ? 'slipNoPrinterHere' : 'slipPrintFailedHere')}
        </p>
      ) : null}
      <div class="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
        {refused ? null : (
          <button type="button" disabled={printed === 'busy'} onClick={() => void printHere()} data-testid="print-slip-counter">
            {t('printSlipCounter')}
          </button>
        )}
        <a class="button primary" href={slipHref(dossier.code, refused ? '03' : '01')} target="_blank" rel="noopener" data-testid="print-slip" autoFocus>
          {t(refused ? 'printSlip03' : 'printSlip01')}
        </a>
      </div>
    </Modal>
  )
}
