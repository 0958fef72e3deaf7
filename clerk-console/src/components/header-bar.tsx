import type { PublicUser } from '@luot/shared'
import { useT, type StringKey } from '../i18n.js'
import { allowed, type Route } from '../router.js'
import { signOut } from '../session.js'
import { useConsoleState } from '../state.js'
import { SessionBar } from './session-bar.js'

const NAV: { route: Route; label: StringKey }[] = [
  { route: 'counter', label: 'navCounter' },
  { route: 'dossiers', label: 'navDossiers' },
  { route: 'dashboard', label: 'navDashboard' },
  { route: 'history', label: 'navHistory' },
  { route: 'health', label: 'navHealth' },
  { route: 'admin', label: 'navAdmin' },
]
const ROLE: Record<PublicUser['role'], StringKey> = { clerk: 'roleClerk', manager: 'roleManager', admin: 'roleAdmin' }

/** Pages this user may open, who they are, the connection, the language, sign-out. */
export function HeaderBar({ user, route }: { user: PublicUser; route: Route }) {
  const t = useT()
  const { connected, snapshot, lang } = useConsoleState()
  return (
    <header class="header-bar no-print">
      <div class="brand">
        <strong>Lượt</strong>
        <span class="centre">{snapshot ? (lang === 'vi' ? snapshot.centre.name : snapshot.centre.nameEn) : ''}</span>
      </div>
      <nav>
        {NAV.filter((n) => allowed(user.role, n.route)).map((n) => (
          <a href={`#/${n.route}`} class={n.route === route ? 'on' : ''} aria-current={n.route === route ? 'page' : undefined}>
            {t(n.label)}
          </a>
        ))}
      </nav>
      <SessionBar connected={connected} displayName={user.displayName} roleLabel={t(ROLE[user.role])} role={user.role} onSignOut={() => void signOut()} />
    </header>
  )
}
