import { useState } from 'preact/hooks'
import type { CentreCreated, CentreEntry } from '@luot/shared'
import { ConfirmDialog } from '../components/confirm-dialog.js'
import { ErrorNote } from '../components/error-note.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { AdminPasswordButton } from './admin-password-button.js'
import { KIND_LABEL } from './centre-words.js'
import { centreHref } from './live-table.js'
import { papi } from './province-api.js'

interface Props {
  centres: CentreEntry[]
  /** A province admin's actions; absent for a manager, who reads the list only. */
  manage?: { onChanged: () => void; onPassword: (c: CentreCreated) => void }
}

/** Every centre of the province with its state; an admin archives, restores or deletes one, or gives its admin a new password. */
export function CentreList({ centres, manage }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  const [deleting, setDeleting] = useState<CentreEntry | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const { pending, run } = useInFlight()
  const act = (c: CentreEntry, action: 'archive' | 'restore' | 'delete') =>
    run(action, async () => {
      const r = action === 'delete' ? await papi('DELETE', `centres/${c.slug}`) : await papi('POST', `centres/${c.slug}/${action}`)
      setError(r.ok ? null : r.error)
      if (r.ok) {
        setDeleting(null)
        manage?.onChanged()
      }
    })
  const hasData = error?.code === 'CENTRE_HAS_DATA'
  return (
    <section class="panel centre-list">
      <h2>{t('pCentresListTitle', { n: centres.length })}</h2>
      {centres.length === 0 ? <p class="muted">{t('pNoCentres')}</p> : null}
      <div class="table-scroll">
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">{t('pColCentre')}</th>
              <th scope="col">{t('pFieldSlug')}</th>
              <th scope="col">{t('pFieldKind')}</th>
              <th scope="col">{t('pDistrict')}</th>
              <th scope="col">{t('pFormerDistrict')}</th>
              <th scope="col">{t('colState')}</th>
              {manage ? <th scope="col">{t('colAction')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {centres.map((c) => (
              <tr data-slug={c.slug} data-state={c.state} class={c.state === 'archived' ? 'inactive' : ''}>
                <td>
                  {lang === 'vi' ? c.name : c.nameEn}
                  {c.state === 'active' ? (
                    <span class="centre-links">
                      <a href={centreHref(c.slug, 'console')}>{t('pLinkConsole')}</a>
                    </span>
                  ) : null}
                </td>
                <td>
                  <code>{c.slug}</code>
                </td>
                <td>{t(KIND_LABEL[c.kind])}</td>
                <td>{c.district}</td>
                <td>{c.formerDistrict}</td>
                <td>
                  <span class={`badge state-${c.state === 'active' ? 'open' : 'closed'}`}>{t(c.state === 'active' ? 'pStateActive' : 'pStateArchived')}</span>
                </td>
                {manage ? (
                  <td class="row-actions">
                    <button type="button" class="small" data-action={c.state === 'active' ? 'archive' : 'restore'} disabled={pending !== null} onClick={() => void act(c, c.state === 'active' ? 'archive' : 'restore')}>
                      {t(c.state === 'active' ? 'pArchive' : 'pRestore')}
                    </button>
                    {c.state === 'active' ? <AdminPasswordButton centre={c} onReset={manage.onPassword} /> : null}
                    <button type="button" class="small danger" data-action="delete" disabled={pending !== null} onClick={() => (setError(null), setDeleting(c))}>
                      {t('remove')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {deleting ? (
        <ConfirmDialog
          title={t('pDeleteTitle', { name: deleting.name })}
          text={hasData ? t('pHasData') : t('pDeleteText')}
          confirmLabel={hasData ? t('pArchiveInstead') : t('pDeleteConfirm')}
          busy={pending !== null || (hasData && deleting.state === 'archived')}
          error={hasData ? null : error}
          onConfirm={() => void act(deleting, hasData ? 'archive' : 'delete')}
          onClose={() => (setDeleting(null), setError(null))}
        />
      ) : null}
      {deleting ? null : <ErrorNote error={error} lang={lang} />}
    </section>
  )
}
