import { useState } from 'preact/hooks'
import type { Counter } from '@luot/shared'
import { ConfirmDialog } from '../components/confirm-dialog.js'
import { useT } from '../i18n.js'
import { apiPath } from '../root-path.js'
import type { UiError } from '../ui-error.js'
import type { PadLink } from './admin-api.js'

interface Props {
  counter: Counter
  pad: PadLink | undefined
  onRotate: (counterId: string) => Promise<UiError | null>
}

/** A counter's rating-pad link, and the button that gives it a new key (the old link stops working at once). */
export function PadKeyCell({ counter, pad, onRotate }: Props) {
  const t = useT()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const rotate = async () => {
    setBusy(true)
    const e = await onRotate(counter.id)
    setBusy(false)
    setError(e)
    if (!e) setAsking(false)
  }
  if (!pad) return null
  return (
    <span class="pad-key">
      <a href={apiPath(pad.path)} target="_blank" rel="noopener" data-pad-link={counter.id}>{`/display/rating/${counter.number}`}</a>{' '}
      <button type="button" class="small" data-rotate-pad={counter.id} onClick={() => setAsking(true)}>
        {t('padKeyRotate')}
      </button>
      {asking ? <ConfirmDialog title={t('padKeyRotateTitle', { n: counter.number })} text={t('padKeyRotateText')} confirmLabel={t('padKeyRotateConfirm')} busy={busy} error={error} onConfirm={() => void rotate()} onClose={() => setAsking(false)} /> : null}
    </span>
  )
}
