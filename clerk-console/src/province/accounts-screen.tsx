import { useEffect, useState } from 'preact/hooks'
import type { ProvinceAccountEntry, ProvinceRole } from '@luot/shared'
import { ErrorNote } from '../components/error-note.js'
import { outcome } from '../admin/admin-api.js'
import { ListAdmin } from '../admin/list-admin.js'
import { UserForm, type UserDraft } from '../admin/user-form.js'
import { useT, type StringKey } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { papi } from './province-api.js'

const ROLE: Record<ProvinceRole, StringKey> = { 'province-manager': 'roleProvinceManager', 'province-admin': 'roleProvinceAdmin' }

/** The province admin's accounts page: one account per officer, added, changed, given a new password, deleted. */
export function AccountsScreen() {
  const t = useT()
  const { lang } = useConsoleState()
  const [accounts, setAccounts] = useState<ProvinceAccountEntry[] | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const reload = () =>
    void papi<ProvinceAccountEntry[]>('GET', 'accounts').then((r) => {
      setError(r.ok ? null : r.error)
      if (r.ok) setAccounts(r.data)
    })
  useEffect(reload, [])
  /** The server's refusal, or null and the list read again. */
  const then = async (r: Promise<{ ok: boolean; error?: UiError }>): Promise<UiError | null> => {
    const refused = await outcome(r)
    if (!refused) reload()
    return refused
  }
  const save = ({ id, username, password, ...rest }: UserDraft<ProvinceAccountEntry>, isNew: boolean) =>
    then(isNew ? papi('POST', 'accounts', { username, ...rest, password: password ?? '' }) : papi('PUT', `accounts/${encodeURIComponent(id)}`, rest))
  const roles = (Object.keys(ROLE) as ProvinceRole[]).map((value) => ({ value, label: t(ROLE[value]) }))
  return (
    <div class="province-accounts">
      <h1>{t('pAccountsTitle')}</h1>
      <p class="hint">{t('pAccountsHint')}</p>
      <ErrorNote error={error} lang={lang} />
      {accounts ? (
        <ListAdmin
          items={accounts}
          idOf={(a) => a.id}
          nameOf={(a) => a.displayName}
          blank={(): ProvinceAccountEntry => ({ id: '', username: '', displayName: '', role: 'province-manager', active: true })}
          onDelete={(id) => then(papi('DELETE', `accounts/${encodeURIComponent(id)}`))}
          columns={[
            { title: t('username'), cell: (a) => a.username },
            { title: t('displayName'), cell: (a) => a.displayName },
            { title: t('role'), cell: (a) => t(ROLE[a.role]) },
            { title: t('active'), cell: (a) => (a.active ? t('yes') : t('no')) },
          ]}
          form={(a, isNew, done) => <UserForm user={a} isNew={isNew} roles={roles} onSave={(v) => save(v, isNew)} onResetPassword={(id, password) => then(papi('POST', `accounts/${encodeURIComponent(id)}/password`, { password }))} onDone={done} />}
        />
      ) : (
        <p class="loading">{t('loading')}</p>
      )}
    </div>
  )
}
