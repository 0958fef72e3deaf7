import { useEffect } from 'preact/hooks'
import type { ProvinceUser } from '@luot/shared'
import { AccountsScreen } from './accounts-screen.js'
import { useT } from '../i18n.js'
import { LoginScreen } from '../screens/login-screen.js'
import { useConsoleState } from '../state.js'
import { CentresScreen } from './centres-screen.js'
import { LiveScreen } from './live-screen.js'
import { checkProvinceSession, provinceSignIn } from './province-api.js'
import { ProvinceHeader } from './province-header.js'
import { canManage, useProvinceRoute, type ProvinceRoute } from './province-router.js'
import { useProvinceState } from './province-state.js'
import { ReportScreen } from './report-screen.js'
import { TemplateScreen } from './template-screen.js'

/** One page of the province's: accounts for the province admin only (the server checks again). */
function Page({ route, user }: { route: ProvinceRoute; user: ProvinceUser }) {
  const t = useT()
  if (route === 'live') return <LiveScreen />
  if (route === 'reports') return <ReportScreen province={user.province} />
  if (route === 'centres') return <CentresScreen role={user.role} />
  if (route === 'template') return <TemplateScreen role={user.role} />
  return canManage(user.role) ? <AccountsScreen /> : <p class="muted">{t('pAccountsAdminOnly')}</p>
}

/** The province's page at /province/: sign-in, then the live view, reports, centres, the template and the accounts. */
export function ProvinceApp() {
  const { session } = useProvinceState()
  const { lang } = useConsoleState()
  const route = useProvinceRoute()
  const t = useT()
  useEffect(() => {
    document.documentElement.lang = lang
    document.title = t('provinceTitle')
  }, [lang])
  useEffect(() => void checkProvinceSession(), [])

  if (session.status === 'checking') return <p class="loading">{t('loading')}</p>
  if (session.status === 'signed-out') return <LoginScreen province={{ signIn: provinceSignIn, expired: session.expired, ...(session.notice ? { notice: t('pPasswordChanged') } : {}) }} />
  const { user } = session
  return (
    <div class="app province-app" data-role={user.role}>
      <ProvinceHeader user={user} route={route} />
      <main class="page">
        <Page route={route} user={user} />
      </main>
    </div>
  )
}
