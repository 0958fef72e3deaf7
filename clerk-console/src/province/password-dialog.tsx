import { useState } from 'preact/hooks'
import { TextField } from '../admin/fields.js'
import { ErrorNote } from '../components/error-note.js'
import { Modal } from '../components/modal.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { invalid, type UiError } from '../ui-error.js'
import { closeProvinceSocket } from './province-socket.js'
import { papi } from './province-api.js'
import { provinceStore } from './province-state.js'

/** The signed-in province account changes its own password; every session of it ends, so the page returns to the sign-in, saying why. */
export function PasswordDialog({ onClose }: { onClose: () => void }) {
  const t = useT()
  const { lang } = useConsoleState()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [again, setAgain] = useState('')
  const [error, setError] = useState<UiError | null>(null)
  const { pending, run } = useInFlight()
  const submit = (e: Event) => {
    e.preventDefault()
    if (next.length < 8) return setError(invalid(t('pPasswordShort'), t('pPasswordShort')))
    if (next !== again) return setError(invalid(t('pPasswordMismatch'), t('pPasswordMismatch')))
    void run('change', async () => {
      const r = await papi('PUT', 'me/password', { currentPassword: current, password: next })
      setError(r.ok ? null : r.error)
      if (!r.ok) return
      closeProvinceSocket()
      provinceStore.update((s) => ({ ...s, session: { status: 'signed-out', expired: false, notice: 'password-changed' }, live: null, connected: false }))
    })
  }
  return (
    <Modal title={t('pChangePassword')} onClose={onClose}>
      <form onSubmit={submit} class="password-form">
        <TextField label={t('pCurrentPassword')} name="currentPassword" type="password" value={current} onInput={setCurrent} />
        <TextField label={t('newPassword')} name="password" type="password" value={next} onInput={setNext} />
        <TextField label={t('pPasswordAgain')} name="passwordAgain" type="password" value={again} onInput={setAgain} />
        <p class="hint">{t('pPasswordEndsSessions')}</p>
        <ErrorNote error={error} lang={lang} />
        <div class="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('dismiss')}
          </button>
          <button type="submit" class="primary" disabled={pending !== null || !current || !next}>
            {t('pChangePassword')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
