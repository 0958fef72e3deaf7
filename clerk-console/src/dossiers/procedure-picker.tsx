import { useMemo, useState } from 'preact/hooks'
import type { Lang, Procedure } from '@luot/shared'
import { useT } from '../i18n.js'
import { processingText } from './dossier-words.js'
import { searchProcedures } from './procedure-search.js'

interface Props {
  procedures: Procedure[]
  serviceId: string
  value: string
  lang: Lang
  onPick: (id: string) => void
}

/** Shown at most: typing narrows the catalogue (provinces list hundreds of procedures). */
const SHOWN = 40

/** The searchable catalogue: by name (with or without diacritics) or code, the ticket's service area first. */
export function ProcedurePicker({ procedures, serviceId, value, lang, onPick }: Props) {
  const t = useT()
  const [query, setQuery] = useState('')
  const { here, other } = useMemo(() => searchProcedures(procedures, query, serviceId, lang), [procedures, query, serviceId, lang])
  const option = (p: Procedure) => (
    <label class={`procedure-option${p.id === value ? ' on' : ''}`} data-procedure={p.id}>
      <input type="radio" name="procedure" value={p.id} checked={p.id === value} onChange={() => onPick(p.id)} />
      <span class="what">{p.name[lang]}</span>
      <span class="muted small">
        {p.code ? `${p.code} · ` : ''}
        {processingText(p.processing, lang)}
      </span>
    </label>
  )
  return (
    <fieldset class="procedure-picker">
      <legend>{t('procedureLabel')}</legend>
      <input type="search" class="procedure-search" placeholder={t('procedureSearch')} aria-label={t('procedureSearch')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} autoFocus />
      <div class="procedure-options" role="radiogroup" aria-label={t('procedureLabel')}>
        {here.slice(0, SHOWN).map(option)}
        {other.length && here.length < SHOWN ? <p class="muted small procedure-other">{t('procedureOtherService')}</p> : null}
        {other.slice(0, Math.max(0, SHOWN - here.length)).map(option)}
        {here.length + other.length === 0 ? <p class="muted">{t('procedureNone')}</p> : null}
      </div>
    </fieldset>
  )
}
