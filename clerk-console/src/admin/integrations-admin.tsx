import { useT } from '../i18n.js'
import { ApiKeysAdmin } from './api-keys-admin.js'
import { WebhooksAdmin } from './webhooks-admin.js'

/** The province's one-stop software: the keys it calls with, the endpoints it is told at. */
export function IntegrationsAdmin({ timeZone }: { timeZone: string }) {
  const t = useT()
  return (
    <div class="integrations-admin">
      <p class="muted">{t('integrationsNote')}</p>
      <ApiKeysAdmin timeZone={timeZone} />
      <WebhooksAdmin timeZone={timeZone} />
    </div>
  )
}
