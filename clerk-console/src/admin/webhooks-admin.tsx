import { useEffect, useState } from 'preact/hooks'
import type { DeliveryView, WebhookEventName, WebhookInput, WebhookView } from '@luot/shared'
import { ConfirmDialog } from '../components/confirm-dialog.js'
import { ErrorNote } from '../components/error-note.js'
import { shortStamp } from '../format.js'
import { useT, type StringKey } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { CheckField, Fieldset, TextField } from './fields.js'
import { integrationsApi } from './integrations-api.js'

const EVENTS: WebhookEventName[] = ['ticket.issued', 'ticket.called', 'ticket.finished', 'ticket.rated', 'dossier.received', 'dossier.status', 'dossier.apology', 'dossier.returned']
const eventLabel = (e: WebhookEventName): StringKey => `ev.${e}` as StringKey
const STATE_LABEL: Record<DeliveryView['state'], StringKey> = { pending: 'deliveryPending', delivered: 'deliveryDelivered', failed: 'deliveryFailed' }
const blank = (): WebhookInput & { secret: string } => ({ url: 'https://', secret: '', events: [...EVENTS], enabled: true })

/** One endpoint's form: URL, secret (kept when left empty on an existing one), events, on/off. */
function HookForm({ hook, onDone }: { hook: WebhookView | null; onDone: () => void }) {
  const t = useT()
  const { lang } = useConsoleState()
  const [draft, setDraft] = useState(hook ? { url: hook.url, secret: '', events: hook.events, enabled: hook.enabled } : blank())
  const [error, setError] = useState<UiError | null>(null)
  const save = async () => {
    const { secret, ...rest } = draft
    const r = await integrationsApi.saveHook(hook?.id ?? null, secret ? { ...rest, secret } : rest)
    if (!r.ok) return setError(r.error)
    onDone()
  }
  const toggle = (e: WebhookEventName, on: boolean) => setDraft({ ...draft, events: on ? EVENTS.filter((x) => x === e || draft.events.includes(x)) : draft.events.filter((x) => x !== e) })
  return (
    <div class="hook-form">
      <ErrorNote error={error} lang={lang} />
      <TextField label={t('webhookUrl')} name="webhook-url" value={draft.url} maxLength={500} onInput={(url) => setDraft({ ...draft, url })} />
      <TextField label={t(hook ? 'webhookSecretKeep' : 'webhookSecret')} name="webhook-secret" type="password" value={draft.secret} maxLength={200} onInput={(secret) => setDraft({ ...draft, secret })} />
      <fieldset class="event-choices">
        <legend>{t('webhookEvents')}</legend>
        {EVENTS.map((e) => (
          <CheckField label={t(eventLabel(e))} checked={draft.events.includes(e)} onChange={(on) => toggle(e, on)} />
        ))}
      </fieldset>
      <CheckField label={t('enabledHook')} checked={draft.enabled} onChange={(enabled) => setDraft({ ...draft, enabled })} />
      <button type="button" class="primary" onClick={() => void save()}>
        {t('webhookSave')}
      </button>
    </div>
  )
}

/** Webhook endpoints: their outbox at a glance (waiting, failed, last success, last error), the delivery log, send failed ones again. */
export function WebhooksAdmin({ timeZone }: { timeZone: string }) {
  const t = useT()
  const { lang } = useConsoleState()
  const [hooks, setHooks] = useState<WebhookView[] | null>(null)
  const [editing, setEditing] = useState<WebhookView | 'new' | null>(null)
  const [log, setLog] = useState<{ hookId: string; list: DeliveryView[] } | null>(null)
  const [deleting, setDeleting] = useState<WebhookView | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const reload = async () => {
    const r = await integrationsApi.hooks()
    if (r.ok) setHooks(r.data)
    setError(r.ok ? null : r.error)
  }
  useEffect(() => {
    void reload()
    // the outbox moves by itself (retries): keep the counts fresh while the page is open
    const timer = setInterval(() => void reload(), 10_000)
    return () => clearInterval(timer)
  }, [])
  const act = async (p: Promise<{ ok: boolean; error?: UiError }>) => {
    const r = await p
    setError(r.ok ? null : (r.error ?? null))
    await reload()
  }
  const showLog = async (hookId: string) => {
    const r = await integrationsApi.deliveries(hookId)
    if (r.ok) setLog({ hookId, list: r.data })
    else setError(r.error)
  }
  return (
    <Fieldset legend={t('webhooks')}>
      <p class="muted">{t('webhookSigning')}</p>
      <ErrorNote error={error} lang={lang} />
      {hooks?.length === 0 ? <p class="muted">{t('noWebhooks')}</p> : null}
      <ul class="integration-list">
        {(hooks ?? []).map((h) => (
          <li data-webhook={h.id}>
            <strong>{h.url}</strong> <span class="muted">{t(h.enabled ? 'enabledHook' : 'disabledHook')}</span>
            <br />
            <small>{h.events.map((e) => t(eventLabel(e))).join(', ')}</small>
            <br />
            <small class="outbox" data-pending={h.pending} data-failed={h.failed}>
              {t('webhookPending', { n: h.pending })} · {t('webhookFailed', { n: h.failed })}
              {h.lastDeliveredAt ? ` · ${t('webhookLastDelivered', { at: shortStamp(h.lastDeliveredAt, timeZone) })}` : ''}
            </small>
            {h.lastError ? <small class="problem"> {t('webhookLastError', { error: h.lastError })}</small> : null}
            <div class="row-actions">
              <button type="button" class="small" onClick={() => setEditing(h)}>
                {t('webhookEdit')}
              </button>
              <button type="button" class="small" onClick={() => void showLog(h.id)}>
                {t('webhookDeliveries')}
              </button>
              {h.failed > 0 ? (
                <button type="button" class="small" onClick={() => void act(integrationsApi.retry(h.id))}>
                  {t('webhookRetry')}
                </button>
              ) : null}
              <button type="button" class="small danger" onClick={() => setDeleting(h)}>
                {t('webhookDelete')}
              </button>
            </div>
            {log?.hookId === h.id ? (
              <table class="delivery-log">
                <tbody>
                  {log.list.map((d) => (
                    <tr data-state={d.state}>
                      <td>{shortStamp(d.at, timeZone)}</td>
                      <td>{t(eventLabel(d.event))}</td>
                      <td>{t(STATE_LABEL[d.state])}</td>
                      <td>{t('deliveryAttempts', { n: d.attempts })}</td>
                      <td>{d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '')}{d.state === 'pending' && d.nextAttemptAt ? ` · ${t('deliveryNext', { at: shortStamp(d.nextAttemptAt, timeZone) })}` : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {editing !== 'new' && editing?.id === h.id ? <HookForm hook={h} onDone={() => (setEditing(null), void reload())} /> : null}
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <HookForm hook={null} onDone={() => (setEditing(null), void reload())} />
      ) : (
        <button type="button" class="small" onClick={() => setEditing('new')}>
          + {t('webhookAdd')}
        </button>
      )}
      {deleting ? <ConfirmDialog title={t('webhookDelete')} text={t('confirmWebhookDelete', { url: deleting.url })} confirmLabel={t('webhookDelete')} busy={false} error={error} onConfirm={() => void act(integrationsApi.deleteHook(deleting.id)).then(() => setDeleting(null))} onClose={() => setDeleting(null)} /> : null}
    </Fieldset>
  )
}
