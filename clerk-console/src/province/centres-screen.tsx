import { useEffect, useState } from 'preact/hooks'
import type { CentreCreated, CentreEntry, ProvinceRole } from '@luot/shared'
import { ErrorNote } from '../components/error-note.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { CentreCreateForm } from './centre-create-form.js'
import { CentreImport } from './centre-import.js'
import { CentreList } from './centre-list.js'
import { CreatedPasswords } from './created-passwords.js'
import { papi } from './province-api.js'
import { canManage } from './province-router.js'

/** The province's centres: the list for everyone; creating, importing, archiving and deleting for the province admin. */
export function CentresScreen({ role }: { role: ProvinceRole }) {
  const t = useT()
  const { lang } = useConsoleState()
  const [centres, setCentres] = useState<CentreEntry[] | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const [created, setCreated] = useState<CentreCreated[]>([])
  const reload = () =>
    void papi<CentreEntry[]>('GET', 'centres').then((r) => {
      setError(r.ok ? null : r.error)
      if (r.ok) setCentres(r.data)
    })
  useEffect(reload, [])
  const added = (more: CentreCreated[]) => {
    setCreated([...more, ...created])
    reload()
  }
  const manage = canManage(role)
  return (
    <div class="province-centres">
      <h1>{t('pCentresTitle')}</h1>
      {manage ? null : <p class="muted" data-read-only>{t('pReadOnly')}</p>}
      <ErrorNote error={error} lang={lang} />
      <CreatedPasswords created={created} onDismiss={() => setCreated([])} />
      {manage ? (
        <div class="centre-forms">
          <CentreCreateForm onCreated={(c) => added([c])} />
          <CentreImport onCreated={(r) => added(r.created)} />
        </div>
      ) : null}
      {centres ? <CentreList centres={centres} {...(manage ? { manage: { onChanged: reload, onPassword: (c: CentreCreated) => setCreated([c, ...created.filter((x) => x.centre.slug !== c.centre.slug)]) } } : {})} /> : <p class="loading">{t('loading')}</p>}
    </div>
  )
}
