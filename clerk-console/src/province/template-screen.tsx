import { useEffect, useState } from 'preact/hooks'
import type { CentreEntry, ProvinceRole, ProvinceTemplate } from '@luot/shared'
import { ErrorNote } from '../components/error-note.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { papi } from './province-api.js'
import { canManage } from './province-router.js'
import { TemplateParts } from './template-parts.js'
import { templateValid, TemplateServices } from './template-services.js'

/** What a new centre starts with; the admin copies a centre's set-up into it, or edits its service areas. */
export function TemplateScreen({ role }: { role: ProvinceRole }) {
  const t = useT()
  const { lang } = useConsoleState()
  const manage = canManage(role)
  const [saved, setSaved] = useState<ProvinceTemplate | null>(null)
  const [draft, setDraft] = useState<ProvinceTemplate | null>(null)
  const [centres, setCentres] = useState<CentreEntry[]>([])
  const [source, setSource] = useState('')
  const [error, setError] = useState<UiError | null>(null)
  const [note, setNote] = useState('')
  const { pending, run } = useInFlight()
  const take = (tpl: ProvinceTemplate, message: string) => (setSaved(tpl), setDraft(tpl), setNote(message))
  useEffect(() => {
    void papi<ProvinceTemplate>('GET', 'template').then((r) => (r.ok ? take(r.data, '') : setError(r.error)))
    void papi<CentreEntry[]>('GET', 'centres').then((r) => r.ok && setCentres(r.data.filter((c) => c.state === 'active')))
  }, [])
  const send = (name: string, call: () => ReturnType<typeof papi<ProvinceTemplate>>, message: string) =>
    run(name, async () => {
      const r = await call()
      setError(r.ok ? null : r.error)
      if (r.ok) take(r.data, message)
    })
  if (!draft || !saved) return error ? <ErrorNote error={error} lang={lang} /> : <p class="loading">{t('loading')}</p>
  const changed = JSON.stringify(draft) !== JSON.stringify(saved)
  return (
    <div class="province-template">
      <h1>{t('pTemplateTitle')}</h1>
      <p class="hint">{t('pTemplateHint')}</p>
      {manage ? (
        <form class="panel from-centre" onSubmit={(e) => (e.preventDefault(), void send('copy', () => papi('POST', `template/from-centre/${source}`), t('pTplCopied')))}>
          <label class="field inline">
            <span>{t('pTplFromCentre')}</span>
            <select name="source" value={source} onChange={(e) => setSource(e.currentTarget.value)}>
              <option value="">{t('pTplPickCentre')}</option>
              {centres.map((c) => (
                <option value={c.slug}>{lang === 'vi' ? c.name : c.nameEn}</option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!source || pending !== null}>
            {t('pTplUseCentre')}
          </button>
        </form>
      ) : null}
      <ErrorNote error={error} lang={lang} />
      {note ? <p class="ok-note" role="status">{note}</p> : null}
      <section class="panel" data-part="services">
        <h2>{t('pTplServices', { n: draft.services.length })}</h2>
        <TemplateServices services={draft.services} lang={lang} {...(manage ? { onChange: (services) => (setNote(''), setDraft({ ...draft, services })) } : {})} />
        {manage ? (
          <div class="save-bar">
            <button type="button" class="primary" disabled={!changed || !templateValid(draft) || pending !== null} onClick={() => void send('save', () => papi('PUT', 'template', draft), t('saved'))}>
              {t('save')}
            </button>
            {changed && !templateValid(draft) ? <span class="field-error">{t('pTplInvalid')}</span> : null}
          </div>
        ) : null}
      </section>
      <TemplateParts template={saved} lang={lang} />
    </div>
  )
}
