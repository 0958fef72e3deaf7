import { useState } from 'preact/hooks'
import type { NumberFormat, Service } from '@luot/shared'
import { useT } from '../i18n.js'
import { CheckField, Fieldset, NameFields, NumberField, SelectField, TextField } from './fields.js'
import { SaveBar } from './save-bar.js'
import { useSave, type Saver } from './use-save.js'
import { checkService, withoutEmptyShortLabel } from './validate.js'

interface Props {
  service: Service
  isNew: boolean
  others: Service[]
  onSave: Saver<Service>
  onDone: () => void
}

/** One service area: names, number format, daily cap, target wait. */
export function ServiceForm({ service, isNew, others, onSave, onDone }: Props) {
  const t = useT()
  const [s, setS] = useState(service)
  const { busy, status, problems, submit } = useSave((v: Service) => checkService(v, others), onSave)
  const setFormat = (numberFormat: NumberFormat) => setS({ ...s, numberFormat })
  const f = s.numberFormat
  return (
    <form
      class="admin-form"
      data-form="service"
      onSubmit={(e) => {
        e.preventDefault()
        submit(withoutEmptyShortLabel(s), onDone)
      }}
    >
      <Fieldset legend={isNew ? t('newItem') : s.name.vi}>
        <div class="field-pair">
          <TextField label={t('id')} name="id" value={s.id} disabled={!isNew} problem={problems.id} onInput={(id) => setS({ ...s, id })} />
          <TextField label={t('code')} name="code" value={s.code} problem={problems.code} onInput={(code) => setS({ ...s, code: code.toUpperCase() })} />
        </div>
        <NameFields value={s.name} path="name" problems={problems} onInput={(name) => setS({ ...s, name })} />
        <p class="muted small">{t('shortLabelHint')}</p>
        <div class="field-pair">
          <TextField label={t('shortLabelVi')} name="shortLabel.vi" value={s.shortLabel?.vi ?? ''} problem={problems['shortLabel.vi']} maxLength={40} onInput={(vi) => setS({ ...s, shortLabel: { en: s.shortLabel?.en ?? '', vi } })} />
          <TextField label={t('shortLabelEn')} name="shortLabel.en" value={s.shortLabel?.en ?? ''} problem={problems['shortLabel.en']} maxLength={40} onInput={(en) => setS({ ...s, shortLabel: { vi: s.shortLabel?.vi ?? '', en } })} />
        </div>
        <div class="field-pair">
          <SelectField
            label={t('numberFormat')}
            name="format"
            value={f.kind}
            options={[
              { value: 'block', label: t('formatBlock') },
              { value: 'prefix', label: t('formatPrefix') },
            ]}
            onChange={(kind) => setFormat(kind === 'prefix' ? { kind, prefix: 'A' } : { kind, start: 1001, end: 1999 })}
          />
          {f.kind === 'prefix' ? (
            <TextField label={t('prefix')} name="prefix" value={f.prefix} problem={problems.prefix} onInput={(prefix) => setFormat({ kind: 'prefix', prefix: prefix.toUpperCase() })} />
          ) : (
            <>
              <NumberField label={t('blockStart')} name="start" value={f.start} problem={problems.start} onInput={(start) => setFormat({ ...f, start })} />
              <NumberField label={t('blockEnd')} name="end" value={f.end} problem={problems.end} onInput={(end) => setFormat({ ...f, end })} />
            </>
          )}
        </div>
        <div class="field-pair">
          <NumberField label={t('dailyCap')} name="dailyCap" value={s.dailyCap} problem={problems.dailyCap} onInput={(dailyCap) => setS({ ...s, dailyCap })} />
          <NumberField label={t('targetWait')} name="targetWaitMinutes" value={s.targetWaitMinutes} problem={problems.targetWaitMinutes} onInput={(targetWaitMinutes) => setS({ ...s, targetWaitMinutes })} />
          <NumberField label={t('defaultServiceMinutes')} name="defaultServiceMinutes" step={0.5} value={s.defaultServiceMinutes} problem={problems.defaultServiceMinutes} onInput={(defaultServiceMinutes) => setS({ ...s, defaultServiceMinutes })} />
        </div>
        <CheckField label={t('active')} name="active" checked={s.active} onChange={(active) => setS({ ...s, active })} />
      </Fieldset>
      <SaveBar status={status} busy={busy} onCancel={onDone} />
    </form>
  )
}
