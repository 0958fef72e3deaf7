import { useEffect } from 'preact/hooks'
import type { Lang } from '@luot/shared'
import type { Refusal } from '../state.js'
import { KIOSK_STRINGS, type KioskKey } from '../strings.js'

const TEXT: Record<Refusal, KioskKey> = {
  CENTRE_CLOSED: 'closed',
  DAILY_CAP_REACHED: 'capRefusal',
  SERVICE_INACTIVE: 'inactiveRefusal',
  NO_ANSWER: 'noAnswer',
  OTHER: 'otherRefusal',
}

/** Why no ticket was issued, in plain words and both languages; it closes itself after a while. */
export function RefusalDialog({ refusal, lang, onClose }: { refusal: Refusal; lang: Lang; onClose: () => void }) {
  useEffect(() => {
    const id = setTimeout(onClose, 12_000)
    return () => clearTimeout(id)
  }, [refusal, onClose])
  const other: Lang = lang === 'vi' ? 'en' : 'vi'
  return (
    <div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="refusal-text" data-testid="refusal" data-code={refusal}>
      <div class="modal-card">
        <p id="refusal-text" class="modal-text">{KIOSK_STRINGS[TEXT[refusal]][lang]}</p>
        <p class="modal-text-other" lang={other}>{KIOSK_STRINGS[TEXT[refusal]][other]}</p>
        <button type="button" class="primary-button" onClick={onClose}>{KIOSK_STRINGS.ok[lang]}</button>
      </div>
    </div>
  )
}
