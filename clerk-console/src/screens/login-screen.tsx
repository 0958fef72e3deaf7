import { useState } from 'preact/hooks'
import { ErrorNote } from '../components/error-note.js'
import { LangSwitch } from '../components/lang-switch.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import { signIn } from '../session.js'
import { useConsoleState } from '../state.js'
import { invalid, type UiError } from '../ui-error.js'
import type { Result } from '../api.js'

interface Props {
  /** The province page signs in elsewhere (its own accounts); the console by default. */
  province?: { signIn: (username: string, password: string) => Promise<Result<unknown>>; expired: boolean; notice?: string }
}

/** Sign-in. After an expired session it says so, and (at a counter) that the ticket in service is still there. */
export function LoginScreen({ province }: Props = {}) {
  const { session, lang } = useConsoleState()
  const t = useT()
  const expired = province ? province.expired : session.status === 'signed-out' && session.expired
  const [username, setUsername] = useState(!province && session.status === 'signed-out' ? (session.lastUsername ?? '') : '')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<UiError | null>(null)
  const { pending, run } = useInFlight()
  const submit = (e: Event) => {
    e.preventDefault()
    if (!username.trim() || !password) return setError(invalid(t('loginMissing'), t('loginMissing')))
    void run('login', async () => {
      const r = await (province?.signIn ?? signIn)(username, password)
      if (!r.ok) setError(r.error)
    })
  }
  return (
    <main class="login-screen">
      <form class="panel login-form" onSubmit={submit}>
        <div class="login-head">
          <h1>{t(province ? 'provinceTitle' : 'appTitle')}</h1>
          <LangSwitch />
        </div>
        <h2>{t('loginTitle')}</h2>
        {expired ? (
          <p class="warn" role="status" data-expired>
            {t(province ? 'provinceLoginExpired' : 'loginExpired')}
          </p>
        ) : null}
        {province?.notice ? (
          <p class="ok-note" role="status">
            {province.notice}
          </p>
        ) : null}
        <label class="field">
          <span>{t('username')}</span>
          <input name="username" autoComplete="username" value={username} autoFocus={!username} onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('password')}</span>
          <input name="password" type="password" autoComplete="current-password" value={password} autoFocus={!!username} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        <ErrorNote error={error} lang={lang} />
        <button type="submit" class="primary wide" disabled={pending !== null}>
          {t('loginButton')}
        </button>
      </form>
    </main>
  )
}
