import { useState } from 'preact/hooks'
import type { Procedure, ProcedureInput, Service } from '@luot/shared'
import { ErrorNote } from '../components/error-note.js'
import { Modal } from '../components/modal.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { invalid, type UiError } from '../ui-error.js'
import { NumberField, SelectField, TextField } from './fields.js'

interface Props {
  /** The procedure edited, or null for a new one. */
  procedure: Procedure | null
  services: Service[]
  busy: boolean
  error: UiError | null
  onSave: (input: ProcedureInput) => void
  onClose: () => void
}

/** Adds or edits one procedure: code, names, service area and legal processing time (half days allowed). */
export function ProcedureForm({ procedure, services, busy, error, onSave, onClose }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  const [d, setD] = useState<ProcedureInput>(procedure ?? { name: { vi: '', en: '' }, serviceId: services[0]?.id ?? '', processing: { amount: 1, unit: 'working-days' } })
  const [local, setLocal] = useState<UiError | null>(null)
  const submit = (e: Event) => {
    e.preventDefault()
    const amount = d.processing.amount
    if (!d.name.vi.trim() || !(amount > 0 && amount <= 1000 && Number.isInteger(amount * 2))) return setLocal(invalid(t('fixFields'), t('fixFields')))
    setLocal(null)
    const code = d.code?.trim()
    const { code: _old, ...rest } = d
    onSave({ ...rest, name: { vi: d.name.vi.trim(), en: d.name.en.trim() || d.name.vi.trim() }, ...(code ? { code } : {}) })
  }
  return (
    <Modal title={t(procedure ? 'procedureEdit' : 'procedureAdd')} onClose={onClose}>
      <form onSubmit={submit} data-testid="procedure-form">
        <TextField label={t('procedureCode')} name="code" value={d.code ?? ''} maxLength={40} onInput={(code) => setD({ ...d, code })} />
        <TextField label={t('procedureNameVi')} name="name-vi" value={d.name.vi} maxLength={200} onInput={(vi) => setD({ ...d, name: { ...d.name, vi } })} />
        <TextField label={t('procedureNameEn')} name="name-en" value={d.name.en} maxLength={200} onInput={(en) => setD({ ...d, name: { ...d.name, en } })} />
        <SelectField label={t('filterService')} name="serviceId" value={d.serviceId} options={services.map((s) => ({ value: s.id, label: s.name[lang] }))} onChange={(serviceId) => setD({ ...d, serviceId })} />
        <div class="field-pair">
          <NumberField label={t('processingAmount')} name="amount" step={0.5} value={d.processing.amount} onInput={(amount) => setD({ ...d, processing: { ...d.processing, amount } })} />
          <SelectField
            label={t('processingAmount')}
            name="unit"
            value={d.processing.unit}
            options={[
              { value: 'working-days', label: t('unitDays') },
              { value: 'working-hours', label: t('unitHours') },
            ]}
            onChange={(unit) => setD({ ...d, processing: { ...d.processing, unit } })}
          />
        </div>
        <ErrorNote error={local ?? error} lang={lang} />
        <div class="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('dismiss')}
          </button>
          <button type="submit" class="primary" disabled={busy}>
            {t('save')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
