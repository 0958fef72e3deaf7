import type { Counter, PublicUser } from '@luot/shared'
import { useT, type StringKey } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { ListAdmin } from './list-admin.js'
import { UserForm, type UserDraft } from './user-form.js'

const ROLE: Record<PublicUser['role'], StringKey> = { clerk: 'roleClerk', manager: 'roleManager', admin: 'roleAdmin' }

interface Props {
  users: PublicUser[]
  counters: Counter[]
  onSave: (user: UserDraft, isNew: boolean) => Promise<UiError | null>
  onResetPassword: (id: string, password: string) => Promise<UiError | null>
  onDelete: (id: string) => Promise<UiError | null>
}

export function UsersAdmin({ users, counters, onSave, onResetPassword, onDelete }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  const roles = (Object.keys(ROLE) as PublicUser['role'][]).map((value) => ({ value, label: t(ROLE[value]) }))
  return (
    <ListAdmin
      items={users}
      idOf={(u) => u.id}
      nameOf={(u) => u.displayName}
      blank={(): PublicUser => ({ id: '', username: '', displayName: '', role: 'clerk', counterId: null, active: true })}
      onDelete={onDelete}
      columns={[
        { title: t('username'), cell: (u) => u.username },
        { title: t('displayName'), cell: (u) => u.displayName },
        { title: t('role'), cell: (u) => t(ROLE[u.role]) },
        { title: t('assignedCounter'), cell: (u) => (u.counterId ? (counters.find((c) => c.id === u.counterId)?.name[lang] ?? u.counterId) : '—') },
        { title: t('active'), cell: (u) => (u.active ? t('yes') : t('no')) },
      ]}
      form={(u, isNew, done) => <UserForm user={u} isNew={isNew} roles={roles} counters={counters} onSave={(v) => onSave(v, isNew)} onResetPassword={onResetPassword} onDone={done} />}
    />
  )
}
