import { useState } from 'preact/hooks'
import type { Counter, PublicUser } from '@luot/shared'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { CheckField, Fieldset, SelectField, TextField } from './fields.js'
import { SaveBar } from './save-bar.js'
import { useSave, type Saver } from './use-save.js'
import { checkUser } from './validate.js'
import type { UiError } from '../ui-error.js'

/** What the form edits: a centre's user (who has a counter) or a province account (who has none). */
export interface Account {
  id: string
  username: string
  displayName: string
  role: string
  active: boolean
}

export type UserDraft<U extends Account = PublicUser> = U & { password?: string }

interface Props<U extends Account> {
  user: U
  isNew: boolean
  roles: { value: U['role']; label: string }[]
  /** A centre's counters, for a user's assigned counter; none for a province account. */
  counters?: Counter[]
  onSave: Saver<UserDraft<U>>
  onResetPassword: (id: string, password: string) => Promise<UiError | null>
  onDone: () => void
}

/** A user: name, role, assigned counter (a centre's), active; a new one gets a password, an existing one a reset. */
export function UserForm<U extends Account>({ user, isNew, roles, counters, onSave, onResetPassword, onDone }: Props<U>) {
  const t = useT()
  const { lang } = useConsoleState()
  const [u, setU] = useState<UserDraft<U>>(isNew ? { ...user, password: '' } : user)
  const [newPassword, setNewPassword] = useState('')
  const { busy, status, problems, submit } = useSave((v: UserDraft<U>) => checkUser(v, isNew), onSave)
  const reset = useSave((p: string) => checkUser({ username: u.username, displayName: u.displayName, password: p }, false), (p) => onResetPassword(u.id, p))
  const counterId = (u as { counterId?: string | null }).counterId
  return (
    <div class="user-editor">
      <form
        class="admin-form"
        data-form="user"
        onSubmit={(e) => {
          e.preventDefault()
          submit(u, onDone)
        }}
      >
        <Fieldset legend={isNew ? t('newItem') : u.username}>
          <div class="field-pair">
            <TextField label={t('username')} name="username" value={u.username} disabled={!isNew} problem={problems.username} onInput={(username) => setU({ ...u, username: username.toLowerCase() })} />
            <TextField label={t('displayName')} name="displayName" value={u.displayName} problem={problems.displayName} onInput={(displayName) => setU({ ...u, displayName })} />
          </div>
          <div class="field-pair">
            <SelectField label={t('role')} name="role" value={u.role} options={roles} onChange={(role) => setU({ ...u, role })} />
            {counters ? (
              <SelectField label={t('assignedCounter')} name="counterId" value={counterId ?? ''} options={[{ value: '', label: t('noCounter') }, ...counters.map((c) => ({ value: c.id, label: c.name[lang] }))]} onChange={(id) => setU({ ...u, counterId: id || null })} />
            ) : null}
          </div>
          {isNew ? <TextField label={t('password')} name="password" type="password" value={u.password ?? ''} problem={problems.password} onInput={(password) => setU({ ...u, password })} /> : null}
          <CheckField label={t('active')} name="active" checked={u.active} onChange={(active) => setU({ ...u, active })} />
        </Fieldset>
        <SaveBar status={status} busy={busy} onCancel={onDone} />
      </form>
      {isNew ? null : (
        <form
          class="admin-form"
          data-form="password"
          onSubmit={(e) => {
            e.preventDefault()
            reset.submit(newPassword, () => setNewPassword(''))
          }}
        >
          <Fieldset legend={t('resetPassword')}>
            <TextField label={t('newPassword')} name="newPassword" type="password" value={newPassword} problem={reset.problems.password} onInput={setNewPassword} />
            {reset.status.kind === 'saved' ? <p class="ok-note">{t('passwordReset')}</p> : null}
          </Fieldset>
          <SaveBar status={reset.status.kind === 'saved' ? { kind: 'idle' } : reset.status} busy={reset.busy} label={t('resetPassword')} />
        </form>
      )}
    </div>
  )
}
