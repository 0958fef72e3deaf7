import type { DossierSettings, Service } from '@luot/shared'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { CheckField, Fieldset, NumberField, SelectField, TextField } from './fields.js'
import type { SectionProps } from './settings-form.js'

/** Dossier settings for a centre that has none yet: off, split at noon, alert a day ahead. */
export const DOSSIER_DEFAULTS: DossierSettings = { enabled: false, middayAt: '12:00', alertWorkingDays: 1, issuerLines: ['BỘ PHẬN MỘT CỬA'], place: 'Hải Châu' }

/** Tracking dossiers: on or off, where "Nhận kết quả" tickets go, the half-day split, the alert, and what the slips print. */
export function DossierSettingsEditor({ draft, problems, setDraft, services }: SectionProps & { services: Service[] }) {
  const t = useT()
  const { lang } = useConsoleState()
  const d = draft.dossiers ?? DOSSIER_DEFAULTS
  const set = (next: Partial<DossierSettings>) => {
    const merged: DossierSettings = { ...d, ...next }
    if (next.returnServiceId === '') delete merged.returnServiceId
    setDraft({ ...draft, dossiers: merged })
  }
  return (
    <Fieldset legend={t('dossierSettings')}>
      <CheckField label={t('dossiersEnabled')} name="dossiers-enabled" checked={d.enabled} onChange={(enabled) => set({ enabled })} />
      <SelectField label={t('returnService')} name="returnServiceId" value={d.returnServiceId ?? ''} options={[{ value: '', label: t('returnServiceOwn') }, ...services.map((s) => ({ value: s.id, label: s.name[lang] }))]} onChange={(returnServiceId) => set({ returnServiceId })} />
      <div class="field-pair">
        <TextField label={t('middayAt')} name="middayAt" value={d.middayAt} maxLength={5} problem={problems['dossiers.middayAt']} onInput={(middayAt) => set({ middayAt })} />
        <NumberField label={t('alertWorkingDays')} name="alertWorkingDays" value={d.alertWorkingDays} problem={problems['dossiers.alertWorkingDays']} onInput={(alertWorkingDays) => set({ alertWorkingDays })} />
      </div>
      <label class="field">
        <span>{t('issuerLines')}</span>
        <textarea name="issuerLines" rows={3} value={d.issuerLines.join('\n')} aria-invalid={problems['dossiers.issuerLines'] ? 'true' : undefined} onInput={(e) => set({ issuerLines: e.currentTarget.value.split('\n').slice(0, 3) })} />
        {problems['dossiers.issuerLines'] ? <small class="field-error" role="alert">{t(problems['dossiers.issuerLines'].key)}</small> : null}
      </label>
      <TextField label={t('slipPlace')} name="place" value={d.place} maxLength={80} problem={problems['dossiers.place']} onInput={(place) => set({ place })} />
    </Fieldset>
  )
}
