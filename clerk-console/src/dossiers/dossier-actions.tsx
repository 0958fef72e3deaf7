import { useState } from 'preact/hooks'
import type { DossierStatusChange, StaffDossier } from '@luot/shared'
import { post } from '../api.js'
import { ConfirmDialog } from '../components/confirm-dialog.js'
import { ErrorNote } from '../components/error-note.js'
import { ReasonDialog } from '../components/reason-dialog.js'
import { useInFlight } from '../hooks.js'
import { useT, type StringKey } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { ApologyDialog } from './apology-dialog.js'
import { actionsFor, groupedCode, type DossierAction } from './dossier-words.js'

const LABEL: Record<DossierAction, StringKey> = {
  'in-progress': 'actInProgress',
  'supplement-requested': 'actSupplement',
  supplied: 'actSupplied',
  'result-ready': 'actResultReady',
  refused: 'actRefuse',
  withdrawn: 'actWithdraw',
  apology: 'actApology',
}

interface Props {
  dossier: StaffDossier
  /** The day after today, the earliest new date an apology may promise. */
  tomorrow: string
  onChanged: (d: StaffDossier) => void
}

/** A back-office clerk's moves on one dossier; the ones needing words (request, refusal, apology, withdrawal) ask first. */
export function DossierActions({ dossier, tomorrow, onChanged }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  const [asking, setAsking] = useState<DossierAction | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const { pending, run } = useInFlight()
  const code = groupedCode(dossier.code)
  const send = (path: string, body: unknown) =>
    run(path, async () => {
      const r = await post<StaffDossier>(`/api/dossiers/${dossier.code}/${path}`, body)
      if (!r.ok) return setError(r.error)
      setError(null)
      setAsking(null)
      onChanged(r.data)
    })
  const status = (change: DossierStatusChange) => void send('status', change)
  const pick = (a: DossierAction) => {
    setError(null)
    if (a === 'in-progress' || a === 'result-ready') status({ status: a })
    else if (a === 'supplied') status({ status: 'in-progress' })
    else setAsking(a)
  }
  const common = { busy: pending !== null, error, onClose: () => (setAsking(null), setError(null)) }
  const actions = actionsFor(dossier)
  if (!actions.length) return null
  return (
    <div class="dossier-actions">
      <div class="button-row">
        {actions.map((a) => (
          <button type="button" class={a === 'result-ready' ? 'primary' : a === 'refused' || a === 'withdrawn' ? 'danger' : ''} data-action={a} disabled={pending !== null} onClick={() => pick(a)}>
            {t(LABEL[a])}
          </button>
        ))}
      </div>
      {asking ? null : <ErrorNote error={error} lang={lang} />}
      {asking === 'supplement-requested' ? <ReasonDialog {...common} title={t('supplementTitle', { code })} label={t('supplementNote')} confirmLabel={t('actSupplement')} onSubmit={(note) => status({ status: 'supplement-requested', note })} /> : null}
      {asking === 'refused' ? <ReasonDialog {...common} title={t('refuseTitle', { code })} label={t('refuseReason')} confirmLabel={t('actRefuse')} danger onSubmit={(note) => status({ status: 'refused', note })} /> : null}
      {asking === 'withdrawn' ? <ConfirmDialog {...common} title={t('withdrawTitle', { code })} text={t('withdrawText')} confirmLabel={t('actWithdraw')} onConfirm={() => status({ status: 'withdrawn' })} /> : null}
      {asking === 'apology' ? <ApologyDialog {...common} code={code} minDate={tomorrow} onSubmit={(reason, newDate) => void send('apology', { reason, newDate })} /> : null}
    </div>
  )
}
