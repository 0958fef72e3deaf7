import { useEffect, useState } from 'preact/hooks'
import type { ApiKeyView, CreatedApiKey } from '@luot/shared'
import { ConfirmDialog } from '../components/confirm-dialog.js'
import { ErrorNote } from '../components/error-note.js'
import { shortStamp } from '../format.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { Fieldset, TextField } from './fields.js'
import { integrationsApi } from './integrations-api.js'

/** API keys: create one (the key is shown this once), see when each was last used, revoke. */
export function ApiKeysAdmin({ timeZone }: { timeZone: string }) {
  const t = useT()
  const { lang } = useConsoleState()
  const [keys, setKeys] = useState<ApiKeyView[] | null>(null)
  const [name, setName] = useState('')
  const [created, setCreated] = useState<CreatedApiKey | null>(null)
  const [revoking, setRevoking] = useState<ApiKeyView | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const reload = async () => {
    const r = await integrationsApi.keys()
    if (r.ok) setKeys(r.data)
    setError(r.ok ? null : r.error)
  }
  useEffect(() => void reload(), [])
  const create = async () => {
    setBusy(true)
    const r = await integrationsApi.createKey({ name: name.trim(), scopes: ['dossiers'] })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    setCreated(r.data)
    setName('')
    await reload()
  }
  const revoke = async () => {
    if (!revoking) return
    setBusy(true)
    const r = await integrationsApi.revokeKey(revoking.id)
    setBusy(false)
    if (!r.ok) return setError(r.error)
    setRevoking(null)
    await reload()
  }
  return (
    <Fieldset legend={t('apiKeys')}>
      <ErrorNote error={error} lang={lang} />
      {created ? (
        <div class="new-secret" role="status" data-testid="new-api-key">
          <p>
            <strong>{t('apiKeyShownOnce')}</strong>
          </p>
          <code>{created.secret}</code>
        </div>
      ) : null}
      {keys?.length === 0 ? <p class="muted">{t('noApiKeys')}</p> : null}
      <ul class="integration-list">
        {(keys ?? []).map((k) => (
          <li data-api-key={k.id} class={k.revokedAt ? 'revoked' : ''}>
            <strong>{k.name}</strong> <code>{k.prefix}…</code> <span class="muted">{k.scopes.map(() => t('scopeDossiers')).join(', ')}</span>
            <br />
            <small>
              {t('createdAt')}: {shortStamp(k.createdAt, timeZone)} · {t('lastUsedAt')}: {k.lastUsedAt ? shortStamp(k.lastUsedAt, timeZone) : t('never')}
              {k.revokedAt ? ` · ${t('revoked')} ${shortStamp(k.revokedAt, timeZone)}` : ''}
            </small>
            {k.revokedAt ? null : (
              <div class="row-actions">
                <button type="button" class="small danger" onClick={() => setRevoking(k)}>
                  {t('revoke')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <div class="field-pair">
        <TextField label={t('apiKeyName')} name="api-key-name" value={name} maxLength={100} onInput={setName} />
        <button type="button" class="primary" disabled={busy || name.trim() === ''} onClick={() => void create()}>
          {t('apiKeyCreate')}
        </button>
      </div>
      {revoking ? <ConfirmDialog title={t('revoke')} text={t('confirmRevoke', { name: revoking.name })} confirmLabel={t('revoke')} busy={busy} error={error} onConfirm={() => void revoke()} onClose={() => setRevoking(null)} /> : null}
    </Fieldset>
  )
}
