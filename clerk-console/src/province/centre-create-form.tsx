import { useState } from 'preact/hooks'
import type { CentreCreated, CentreKind } from '@luot/shared'
import { SelectField, TextField } from '../admin/fields.js'
import { ErrorNote } from '../components/error-note.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { draftProblems, draftToCreate, EMPTY_DRAFT, slugFromName, type CentreDraft } from './centre-draft.js'
import { KIND_LABEL } from './centre-words.js'
import { papi } from './province-api.js'

/** One new centre, its set-up from the province template; its admin password comes back once. */
export function CentreCreateForm({ onCreated }: { onCreated: (c: CentreCreated) => void }) {
  const t = useT()
  const { lang } = useConsoleState()
  const [draft, setDraft] = useState<CentreDraft>(EMPTY_DRAFT)
  const [slugTouched, setSlugTouched] = useState(false)
  const [shown, setShown] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const { pending, run } = useInFlight()
  const problems = shown ? draftProblems(draft) : {}
  const field = (key: keyof Omit<CentreDraft, 'kind'>, label: Parameters<typeof t>[0], max: number) => (
    <TextField label={t(label)} name={key} value={draft[key]} problem={problems[key]} maxLength={max} onInput={(v) => setDraft({ ...draft, [key]: v })} />
  )
  const submit = (e: Event) => {
    e.preventDefault()
    setShown(true)
    if (Object.keys(draftProblems(draft)).length > 0) return
    void run('create', async () => {
      const r = await papi<CentreCreated>('POST', 'centres', draftToCreate(draft))
      setError(r.ok ? null : r.error)
      if (!r.ok) return
      onCreated(r.data)
      setDraft(EMPTY_DRAFT)
      setSlugTouched(false)
      setShown(false)
    })
  }
  return (
    <form class="admin-form centre-create" onSubmit={submit} noValidate>
      <h2>{t('pCreateTitle')}</h2>
      <p class="hint">{t('pCreateHint')}</p>
      <div class="field-pair">
        <TextField label={t('pFieldName')} name="name" value={draft.name} problem={problems.name} maxLength={200} onInput={(name) => setDraft({ ...draft, name, slug: slugTouched ? draft.slug : slugFromName(name) })} />
        {field('nameEn', 'pFieldNameEn', 200)}
      </div>
      <div class="field-pair">
        <TextField label={t('pFieldSlug')} name="slug" value={draft.slug} problem={problems.slug} maxLength={40} onInput={(slug) => (setSlugTouched(true), setDraft({ ...draft, slug }))} />
        <SelectField<CentreKind> label={t('pFieldKind')} name="kind" value={draft.kind} options={(Object.keys(KIND_LABEL) as CentreKind[]).map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))} onChange={(kind) => setDraft({ ...draft, kind })} />
      </div>
      <div class="field-pair">
        {field('district', 'pDistrict', 100)}
        {field('formerDistrict', 'pFormerDistrict', 100)}
        {field('commune', 'pFieldCommune', 100)}
      </div>
      <div class="field-pair">
        {field('address', 'pFieldAddress', 300)}
        {field('hotline', 'pFieldHotline', 60)}
      </div>
      <ErrorNote error={error} lang={lang} />
      <button type="submit" class="primary" disabled={pending !== null}>
        {t('pCreateButton')}
      </button>
    </form>
  )
}
