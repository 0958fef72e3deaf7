import { useState } from 'preact/hooks'
import type { CentreCreated, CentreEntry } from '@luot/shared'
import { ConfirmDialog } from '../components/confirm-dialog.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import type { UiError } from '../ui-error.js'
import { papi } from './province-api.js'

/**
 * A new password for a centre's admin account (forgotten, or the admin left): asked first, since the
 * old one stops working and the account's sessions end; the new one is shown once, as at creation.
 */
export function AdminPasswordButton({ centre, onReset }: { centre: CentreEntry; onReset: (c: CentreCreated) => void }) {
  const t = useT()
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const { pending, run } = useInFlight()
  const reset = () =>
    run('reset', async () => {
      const r = await papi<CentreCreated['admin']>('POST', `centres/${centre.slug}/admin-password`)
      setError(r.ok ? null : r.error)
      if (!r.ok) return
      setAsking(false)
      onReset({ centre, admin: r.data })
    })
  return (
    <>
      <button type="button" class="small" data-action="admin-password" onClick={() => (setError(null), setAsking(true))}>
        {t('pAdminPassword')}
      </button>
      {asking ? (
        <ConfirmDialog title={t('pAdminPasswordTitle', { name: centre.name })} text={t('pAdminPasswordText')} confirmLabel={t('pAdminPasswordConfirm')} busy={pending !== null} error={error} onConfirm={() => void reset()} onClose={() => setAsking(false)} />
      ) : null}
    </>
  )
}
