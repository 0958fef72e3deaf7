import type { CentreCreated } from '@luot/shared'
import { useT } from '../i18n.js'

/** The new centres' first admin passwords: shown this once (the server keeps only a hash), until dismissed. */
export function CreatedPasswords({ created, onDismiss }: { created: CentreCreated[]; onDismiss: () => void }) {
  const t = useT()
  if (created.length === 0) return null
  return (
    <section class="panel created-passwords" role="status" aria-labelledby="created-title">
      <h2 id="created-title">{t('pCreatedTitle', { n: created.length })}</h2>
      <p class="warn">{t('pPasswordOnce')}</p>
      <table class="grid compact">
        <thead>
          <tr>
            <th scope="col">{t('pColCentre')}</th>
            <th scope="col">{t('pColConsoleAddress')}</th>
            <th scope="col">{t('username')}</th>
            <th scope="col">{t('password')}</th>
          </tr>
        </thead>
        <tbody>
          {created.map((c) => (
            <tr data-created={c.centre.slug}>
              <td>{c.centre.name}</td>
              <td>
                <code>/c/{c.centre.slug}/console/</code>
              </td>
              <td>
                <code>{c.admin.username}</code>
              </td>
              <td>
                <code class="password">{c.admin.password}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={onDismiss}>
          {t('pPasswordsNoted')}
        </button>
      </p>
    </section>
  )
}
