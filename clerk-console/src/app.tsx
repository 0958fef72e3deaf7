import { useEffect } from 'preact/hooks'
import { HeaderBar } from './components/header-bar.js'
import { useT } from './i18n.js'
import { allowed, homeFor, navigate, useRoute } from './router.js'
import { AdminScreen } from './screens/admin-screen.js'
import { CounterScreen } from './screens/counter-screen.js'
import { DashboardScreen } from './screens/dashboard-screen.js'
import { DossiersScreen } from './screens/dossiers-screen.js'
import { HistoryScreen } from './screens/history-screen.js'
import { HealthPage } from './health/health-page.js'
import { LoginScreen } from './screens/login-screen.js'
import { checkSession, watchSession } from './session.js'
import { useConsoleState } from './state.js'

/** Signed out: the login. Signed in: the header and the page the hash names, if the role allows it. */
export function App() {
  const { session, lang } = useConsoleState()
  const route = useRoute()
  const t = useT()
  useEffect(() => {
    document.documentElement.lang = lang
    document.title = t('appTitle')
  }, [lang])
  useEffect(() => {
    void checkSession()
    return watchSession()
  }, [])
  const user = session.status === 'signed-in' ? session.user : null
  useEffect(() => {
    if (user && !route) navigate(homeFor(user.role))
  }, [user, route])

  if (session.status === 'checking') return <p class="loading">{t('loading')}</p>
  if (!user) return <LoginScreen />
  const page = route ?? homeFor(user.role)
  return (
    <div class="app">
      <HeaderBar user={user} route={page} />
      <main class="page">
        {!allowed(user.role, page) ? (
          <p class="warn">{t('forbidden')}</p>
        ) : page === 'counter' ? (
          <CounterScreen />
        ) : page === 'dossiers' ? (
          <DossiersScreen />
        ) : page === 'dashboard' ? (
          <DashboardScreen />
        ) : page === 'history' ? (
          <HistoryScreen />
        ) : page === 'health' ? (
          <HealthPage />
        ) : (
          <AdminScreen />
        )}
      </main>
    </div>
  )
}
