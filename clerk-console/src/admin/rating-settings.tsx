import type { RatingSettings } from '@luot/shared'
import { useT } from '../i18n.js'
import { Fieldset, NumberField } from './fields.js'
import { NamedListEditor } from './named-list-editor.js'
import type { SectionProps } from './settings-form.js'

/** The rating scale (levels, best first), what counts as satisfied, and the low-score reasons. */
export function RatingSettingsEditor({ draft, problems, setDraft }: SectionProps) {
  const t = useT()
  const r = draft.rating
  const setRating = (rating: RatingSettings) => setDraft({ ...draft, rating })
  const setLevel = (i: number, level: RatingSettings['levels'][number]) => setRating({ ...r, levels: r.levels.map((l, j) => (j === i ? level : l)) })
  return (
    <>
      <Fieldset legend={t('ratingLevels')}>
        <table class="grid compact">
          <thead>
            <tr>
              <th>{t('ratingValue')}</th>
              <th>{t('nameVi')}</th>
              <th>{t('nameEn')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {r.levels.map((l, i) => {
              const p = problems[`levels.${i}.value`] ?? problems[`levels.dup.${i}`] ?? problems[`levels.${i}.name.vi`] ?? problems[`levels.${i}.name.en`]
              return (
                <tr class={p ? 'invalid' : ''}>
                  <td>
                    <input type="number" class="narrow" aria-label={t('ratingValue')} value={l.value} onInput={(e) => setLevel(i, { ...l, value: Number(e.currentTarget.value) })} />
                  </td>
                  <td>
                    <input aria-label={t('nameVi')} value={l.name.vi} onInput={(e) => setLevel(i, { ...l, name: { ...l.name, vi: e.currentTarget.value } })} />
                  </td>
                  <td>
                    <input aria-label={t('nameEn')} value={l.name.en} onInput={(e) => setLevel(i, { ...l, name: { ...l.name, en: e.currentTarget.value } })} />
                    {p ? <small class="field-error">{t(p.key, p.params)}</small> : null}
                  </td>
                  <td>
                    <button type="button" class="small danger" disabled={r.levels.length <= 2} onClick={() => setRating({ ...r, levels: r.levels.filter((_, j) => j !== i) })}>
                      {t('remove')}
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
        {r.levels.length < 10 ? (
          <button type="button" class="small" onClick={() => setRating({ ...r, levels: [...r.levels, { value: Math.min(10, Math.max(0, ...r.levels.map((l) => l.value)) + 1), name: { vi: '', en: '' } }] })}>
            + {t('add')}
          </button>
        ) : null}
        <div class="field-pair">
          <NumberField label={t('satisfiedMin')} name="satisfiedMin" value={r.satisfiedMin} problem={problems.satisfiedMin} onInput={(satisfiedMin) => setRating({ ...r, satisfiedMin })} />
          <NumberField label={t('lowMax')} name="lowMax" value={r.lowMax} problem={problems.lowMax} onInput={(lowMax) => setRating({ ...r, lowMax })} />
          <NumberField label={t('lateWindowHours')} name="lateWindowHours" value={r.lateWindowHours ?? 24} problem={problems.lateWindowHours} onInput={(lateWindowHours) => setRating({ ...r, lateWindowHours })} />
        </div>
      </Fieldset>
      <Fieldset legend={t('lowReasons')}>
        <NamedListEditor items={r.lowReasons} path="lowReasons" problems={problems} onChange={(lowReasons) => setRating({ ...r, lowReasons })} />
      </Fieldset>
    </>
  )
}
