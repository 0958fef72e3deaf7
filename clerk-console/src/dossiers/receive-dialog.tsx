import { useEffect, useRef, useState } from 'preact/hooks'
import type { CounterView, Procedure, StaffDossier } from '@luot/shared'
import { newIdempotencyKey } from '@luot/shared/client/idempotency-key'
import { api, get } from '../api.js'
import { ErrorNote } from '../components/error-note.js'
import { Modal } from '../components/modal.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import { sendCommand } from '../socket.js'
import { useConsoleState } from '../state.js'
import { invalid, type UiError } from '../ui-error.js'
import { ProcedurePicker } from './procedure-picker.js'
import { EMPTY_DRAFT, receiveBody, type ReceiveDraft } from './receive-form.js'

interface Props {
  counter: CounterView
  /** The outcome flagged `dossier: 'receive'` the visit finishes with. */
  outcomeId: string
  onDone: (dossier: StaffDossier) => void
  onClose: () => void
}

/**
 * Finishing with "Tiếp nhận hồ sơ": the procedure and the dossier's details, received or refused.
 * The dossier is posted first (one Idempotency-Key for the dialog, so a retry never makes two),
 * then the visit is finished; a dossier saved whose finish failed is not posted again.
 */
export function ReceiveDialog({ counter, outcomeId, onDone, onClose }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  const cur = counter.current
  const [procedures, setProcedures] = useState<Procedure[]>([])
  const [draft, setDraft] = useState<ReceiveDraft>(EMPTY_DRAFT)
  const [error, setError] = useState<UiError | null>(null)
  const [saved, setSaved] = useState<StaffDossier | null>(null)
  const key = useRef(newIdempotencyKey())
  const { pending, run } = useInFlight()
  useEffect(() => {
    void get<Procedure[]>('/api/procedures').then((r) => (r.ok ? setProcedures(r.data) : setError(r.error)))
  }, [])
  if (!cur) return null
  const set = (part: Partial<ReceiveDraft>) => setDraft((d) => ({ ...d, ...part }))
  const text = (name: keyof ReceiveDraft, label: string, extra: Record<string, string | number> = {}) => (
    <label class="field">
      <span>{label}</span>
      <input name={name} value={draft[name]} onInput={(e) => set({ [name]: e.currentTarget.value })} {...extra} />
    </label>
  )
  const submit = (e: Event) => {
    e.preventDefault()
    void run('receive', async () => {
      let dossier = saved
      if (!dossier) {
        const built = receiveBody(draft, cur.ticketId, lang)
        if (!built.ok) return setError(invalid(built.message.vi, built.message.en))
        const r = await api<StaffDossier>('POST', '/api/dossiers', built.body, { 'idempotency-key': key.current })
        if (!r.ok) return setError(r.error)
        dossier = r.data
        setSaved(dossier)
      }
      const f = await sendCommand(counter.id, { type: 'finish', outcome: outcomeId })
      if (!f.ok) return setError({ ...f.error, vi: `${t('finishAfterDossierFailed')} ${f.error.vi}`, en: f.error.en })
      onDone(dossier)
    })
  }
  const refusing = draft.decision === 'refused'
  return (
    <Modal title={t('receiveTitle', { number: cur.number })} onClose={onClose}>
      <form class="receive-form" onSubmit={submit} data-testid="receive-dialog">
        {saved ? null : (
          <>
            <ProcedurePicker procedures={procedures} serviceId={cur.serviceId} value={draft.procedureId} lang={lang} onPick={(procedureId) => set({ procedureId })} />
            <div class="field-pair">
              {text('externalCode', t('externalCode'), { maxLength: 60 })}
              {text('copies', t('copies'), { type: 'number', min: 1, max: 99, class: 'narrow' })}
            </div>
            <label class="field">
              <span>{t('documentsLabel')}</span>
              <textarea name="documents" rows={3} value={draft.documents} onInput={(e) => set({ documents: e.currentTarget.value })} />
            </label>
            <div class="field-pair">
              {text('applicantName', t('applicantName'), { maxLength: 100 })}
              {text('applicantPhone', t('applicantPhone'), { type: 'tel', maxLength: 16 })}
            </div>
            <div class="chips" role="radiogroup" aria-label={t('decisionReceive')}>
              {(['received', 'refused'] as const).map((d) => (
                <label class={`chip${draft.decision === d ? ' chip-on' : ''}`}>
                  <input type="radio" name="decision" value={d} checked={draft.decision === d} onChange={() => set({ decision: d })} />
                  {t(d === 'received' ? 'decisionReceive' : 'decisionRefuse')}
                </label>
              ))}
            </div>
            {refusing ? text('reason', t('refuseReason'), { maxLength: 300 }) : null}
          </>
        )}
        <ErrorNote error={error} lang={lang} />
        <div class="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('dismiss')}
          </button>
          <button type="submit" class={refusing ? 'primary danger' : 'primary'} disabled={pending !== null} data-testid="receive-submit">
            {t(refusing ? 'refuseConfirm' : 'receiveConfirm')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
