import { useEffect, useState } from 'preact/hooks'
import { adminApi, loadConfig, type AdminConfig } from '../admin/admin-api.js'
import { CentreForm } from '../admin/centre-form.js'
import { CountersAdmin } from '../admin/counters-admin.js'
import { IntegrationsAdmin } from '../admin/integrations-admin.js'
import { ProceduresAdmin } from '../admin/procedures-admin.js'
import { ServicesAdmin } from '../admin/services-admin.js'
import { SettingsForm } from '../admin/settings-form.js'
import { UsersAdmin } from '../admin/users-admin.js'
import { ErrorNote } from '../components/error-note.js'
import { useT, type StringKey } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'

const TABS = ['centre', 'services', 'counters', 'users', 'queue', 'rating', 'booking', 'dossiers', 'printers', 'integrations'] as const
type Tab = (typeof TABS)[number]
const LABELS: Record<Tab, StringKey> = { centre: 'tabCentre', services: 'tabServices', counters: 'tabCounters', users: 'tabUsers', queue: 'tabQueue', rating: 'tabRating', booking: 'tabBooking', dossiers: 'tabDossiers', printers: 'tabPrinters', integrations: 'tabIntegrations' }

const tabFromHash = (): Tab => {
  const tab = new URLSearchParams(location.hash.split('?')[1] ?? '').get('tab')
  return TABS.find((t) => t === tab) ?? 'centre'
}

/** Administration. Every save goes to the server, which validates the whole configuration and tells every screen. */
export function AdminScreen() {
  const t = useT()
  const { lang } = useConsoleState()
  const [tab, setTab] = useState<Tab>(tabFromHash)
  const [config, setConfig] = useState<AdminConfig | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const reload = async () => {
    const r = await loadConfig()
    if (r.ok) setConfig(r.data)
    setError(r.ok ? null : r.error)
  }
  useEffect(() => void reload(), [])
  useEffect(() => {
    const onHash = () => setTab(tabFromHash())
    addEventListener('hashchange', onHash)
    return () => removeEventListener('hashchange', onHash)
  }, [])
  /** Saves, then reloads what the server now holds. */
  const then =
    <A extends unknown[]>(fn: (...args: A) => Promise<UiError | null>) =>
    async (...args: A): Promise<UiError | null> => {
      const e = await fn(...args)
      if (!e) await reload()
      return e
    }
  const choose = (next: Tab) => {
    setTab(next)
    history.replaceState(null, '', `#/admin?tab=${next}`)
  }
  return (
    <div class="admin-screen">
      <h1>{t('adminTitle')}</h1>
      <p class="muted">{t('liveNote')}</p>
      <nav class="tabs" role="tablist">
        {TABS.map((x) => (
          <button type="button" role="tab" aria-selected={tab === x} class={tab === x ? 'tab on' : 'tab'} data-tab={x} onClick={() => choose(x)}>
            {t(LABELS[x])}
          </button>
        ))}
      </nav>
      <ErrorNote error={error} lang={lang} />
      {!config ? (
        <p class="loading">{t('loading')}</p>
      ) : tab === 'centre' ? (
        <CentreForm centre={config.centre} onSave={then(adminApi.saveCentre)} />
      ) : tab === 'services' ? (
        <ServicesAdmin services={config.services} counters={config.counters} onSave={then(adminApi.saveService)} onDelete={then(adminApi.deleteService)} />
      ) : tab === 'counters' ? (
        <CountersAdmin counters={config.counters} services={config.services} pads={config.pads} onSave={then(adminApi.saveCounter)} onDelete={then(adminApi.deleteCounter)} onRotate={then(adminApi.rotatePadKey)} />
      ) : tab === 'dossiers' ? (
        <>
          <SettingsForm key={tab} settings={config.settings} services={config.services} counters={config.counters} section={tab} onSave={then(adminApi.saveSettings)} />
          <ProceduresAdmin services={config.services} />
        </>
      ) : tab === 'integrations' ? (
        <IntegrationsAdmin timeZone={config.centre.timeZone} />
      ) : tab === 'users' ? (
        <UsersAdmin users={config.users} counters={config.counters} onSave={then(adminApi.saveUser)} onResetPassword={then(adminApi.resetPassword)} onDelete={then(adminApi.deleteUser)} />
      ) : (
        <SettingsForm key={tab} settings={config.settings} services={config.services} counters={config.counters} section={tab} onSave={then(adminApi.saveSettings)} />
      )}
    </div>
  )
}
