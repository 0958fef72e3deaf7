import { useT } from '../i18n.js'
import { Fieldset, NumberField, SelectField } from './fields.js'
import { NamedListEditor } from './named-list-editor.js'
import type { SectionProps } from './settings-form.js'

/** Recalls, kiosk timeout, priority groups and policy, visit outcomes. */
export function QueueSettings({ draft, problems, setDraft }: SectionProps) {
  const t = useT()
  const policy = draft.priorityPolicy
  return (
    <>
      <Fieldset legend={t('tabQueue')}>
        <div class="field-pair">
          <NumberField label={t('recallLimit')} name="recallLimit" value={draft.recallLimit} problem={problems.recallLimit} onInput={(recallLimit) => setDraft({ ...draft, recallLimit })} />
          <NumberField label={t('kioskReturnSeconds')} name="kioskReturnSeconds" value={draft.kioskReturnSeconds} problem={problems.kioskReturnSeconds} onInput={(kioskReturnSeconds) => setDraft({ ...draft, kioskReturnSeconds })} />
        </div>
      </Fieldset>
      <Fieldset legend={t('priorityGroups')}>
        <NamedListEditor items={draft.priorityGroups} path="priorityGroups" problems={problems} onChange={(priorityGroups) => setDraft({ ...draft, priorityGroups })} />
        <div class="field-pair">
          <SelectField
            label={t('priorityPolicy')}
            name="policy"
            value={policy.mode}
            options={[
              { value: 'strict', label: t('policyStrict') },
              { value: 'interleave', label: t('policyInterleave') },
            ]}
            onChange={(mode) => setDraft({ ...draft, priorityPolicy: mode === 'strict' ? { mode } : { mode, every: 3 } })}
          />
          {policy.mode === 'interleave' ? <NumberField label={t('interleaveEvery')} name="every" value={policy.every} problem={problems.every} onInput={(every) => setDraft({ ...draft, priorityPolicy: { mode: 'interleave', every } })} /> : null}
        </div>
      </Fieldset>
      <Fieldset legend={t('outcomes')}>
        <NamedListEditor items={draft.outcomes} path="outcomes" problems={problems} onChange={(outcomes) => setDraft({ ...draft, outcomes })} />
        {problems.outcomes ? <small class="field-error">{t(problems.outcomes.key)}</small> : null}
      </Fieldset>
    </>
  )
}
