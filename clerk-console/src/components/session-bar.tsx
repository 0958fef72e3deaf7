import { useT } from '../i18n.js'
import { LangSwitch } from './lang-switch.js'

interface Props {
  connected: boolean
  displayName: string
  roleLabel: string
  role: string
  onSignOut: () => void
  /** The province page lets its accounts change their own password here. */
  onChangePassword?: () => void
}

/** The right end of a header: the live connection, who is signed in and as what, the language, sign-out; a banner while disconnected. */
export function SessionBar({ connected, displayName, roleLabel, role, onSignOut, onChangePassword }: Props) {
  const t = useT()
  return (
    <>
      <div class="who">
        <span class={`conn ${connected ? 'up' : 'down'}`} title={connected ? t('connected') : t('disconnected')} data-connected={connected}>
          ●
        </span>
        <span data-role={role}>
          {displayName} <small class="muted">({roleLabel})</small>
        </span>
        <LangSwitch />
        {onChangePassword ? (
          <button type="button" class="small" data-action="change-password" onClick={onChangePassword}>
            {t('pChangePassword')}
          </button>
        ) : null}
        <button type="button" class="small" onClick={onSignOut}>
          {t('signOut')}
        </button>
      </div>
      {connected ? null : (
        <div class="conn-banner" role="status">
          {t('disconnected')}
        </div>
      )}
    </>
  )
}
