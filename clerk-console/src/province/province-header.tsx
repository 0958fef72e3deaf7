import { useState } from 'preact/hooks'
import type { ProvinceRole, ProvinceUser } from '@luot/shared'
import { SessionBar } from '../components/session-bar.js'
import { useT, type StringKey } from '../i18n.js'
import { PasswordDialog } from './password-dialog.js'
import { provinceSignOut } from './province-api.js'
import { canManage, type ProvinceRoute } from './province-router.js'
import { useProvinceState } from './province-state.js'

const NAV: { route: ProvinceRoute; label: StringKey; adminOnly?: true }[] = [
  { route: 'live', label: 'pNavLive' },
  { route: 'reports', label: 'pNavReports' },
  { route: 'centres', label: 'pNavCentres' },
  { route: 'template', label: 'pNavTemplate' },
  { route: 'accounts', label: 'pNavAccounts', adminOnly: true },
]
const ROLE: Record<ProvinceRole, StringKey> = { 'province-admin': 'roleProvinceAdmin', 'province-manager': 'roleProvinceManager' }

/** The province's pages, who is signed in and as what, the live connection, the language, changing one's password, sign-out. */
export function ProvinceHeader({ user, route }: { user: ProvinceUser; route: ProvinceRoute }) {
  const t = useT()
  const { connected } = useProvinceState()
  const [changing, setChanging] = useState(false)
  return (
    <>
      <header class="header-bar no-print">
        <div class="brand">
          <strong>Lượt</strong>
          <span class="centre">
            {t('provinceBrand')} · {user.province}
          </span>
        </div>
        <nav>
          {NAV.filter((n) => !n.adminOnly || canManage(user.role)).map((n) => (
            <a href={`#/${n.route}`} class={n.route === route ? 'on' : ''} aria-current={n.route === route ? 'page' : undefined}>
              {t(n.label)}
            </a>
          ))}
        </nav>
        <SessionBar connected={connected} displayName={user.displayName} roleLabel={t(ROLE[user.role])} role={user.role} onSignOut={() => void provinceSignOut()} onChangePassword={() => setChanging(true)} />
      </header>
      {changing ? <PasswordDialog onClose={() => setChanging(false)} /> : null}
    </>
  )
}
