import { useEffect, useState } from 'preact/hooks'
import type { Centre } from '@luot/shared'
import { useT } from '../i18n.js'
import { Fieldset, TextField } from './fields.js'
import { OpeningHoursEditor } from './opening-hours-editor.js'
import { SaveBar } from './save-bar.js'
import { useSave, type Saver } from './use-save.js'
import { checkCentre } from './validate.js'

/** The centre's names, contact, time zone, tracking URL and opening sessions. */
export function CentreForm({ centre, onSave }: { centre: Centre; onSave: Saver<Centre> }) {
  const t = useT()
  const [draft, setDraft] = useState(centre)
  useEffect(() => setDraft(centre), [centre])
  const { busy, status, problems, submit } = useSave(checkCentre, onSave)
  const text = (key: 'name' | 'nameEn' | 'province' | 'commune' | 'address' | 'hotline' | 'timeZone' | 'publicBaseUrl', label: string) => (
    <TextField label={label} name={key} value={draft[key]} problem={problems[key]} onInput={(v) => setDraft({ ...draft, [key]: v })} />
  )
  return (
    <form
      class="admin-form"
      data-form="centre"
      onSubmit={(e) => {
        e.preventDefault()
        submit(draft)
      }}
    >
      <Fieldset legend={t('tabCentre')}>
        <div class="field-pair">
          {text('name', t('centreName'))}
          {text('nameEn', t('centreNameEn'))}
        </div>
        <div class="field-pair">
          {text('province', t('province'))}
          {text('commune', t('commune'))}
        </div>
        {text('address', t('address'))}
        <div class="field-pair">
          {text('hotline', t('hotline'))}
          {text('timeZone', t('timeZone'))}
        </div>
        {text('publicBaseUrl', t('publicBaseUrl'))}
      </Fieldset>
      <Fieldset legend={t('openingHours')}>
        <OpeningHoursEditor value={draft.openingHours} problems={problems} onChange={(openingHours) => setDraft({ ...draft, openingHours })} />
      </Fieldset>
      <SaveBar status={status} busy={busy} />
    </form>
  )
}
