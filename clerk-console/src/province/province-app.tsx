import { useEffect } from 'preact/hooks'
import { useT } from '../i18n.js'
import { LoginScreen } from '../screens/login-screen.js'
import { useConsoleState } from '../state.js'
import { CentresScreen } from './centres-screen.js'
import { LiveScreen } from './live-screen.js'
import { checkProvinceSession, provinceSignIn } from './province-api.js'
import { ProvinceHeader } from './province-header.js'
import { useProvinceRoute } from './province-router.js'
import { useProvinceState } from './province-state.js'
import { ReportScreen } from './report-screen.js'
import { TemplateScreen } from './template-screen.js'

/** The province's page at /province/: sign-in, then the live view, reports, centres and the template. */
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
        {route === 'live' ? <LiveScreen /> : route === 'reports' ? <ReportScreen province={user.province} /> : route === 'centres' ? <CentresScreen role={user.role} /> : <TemplateScreen role={user.role} />}
      </main>
    </div>
  )
}
