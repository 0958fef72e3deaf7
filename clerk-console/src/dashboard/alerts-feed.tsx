import type { Alert, Lang } from '@luot/shared'
import { useT } from '../i18n.js'
import { shortStamp } from '../format.js'

const ALERT_LABEL = { printer: 'alertPrinter', 'wait-target': 'alertWait', backup: 'alertBackup', 'no-counter-open': 'alertNoCounter', disk: 'alertDisk', screen: 'alertScreen', dossier: 'alertDossier' } as const satisfies Record<Alert['kind'], string>

/** The server's alerts to managers (a printer down, a wait past target, a failed backup), newest first. */
export function AlertsFeed({ alerts, timeZone, lang }: { alerts: Alert[]; timeZone: string; lang: Lang }) {
  const t = useT()
  return (
    <section class="panel alerts-panel">
      <h2>{t('alertsTitle')}</h2>
      {alerts.length === 0 ? <p class="muted">{t('alertsNone')}</p> : null}
      <ul class="alerts">
        {alerts.map((a) => (
          <li class={`alert-${a.kind}`} data-kind={a.kind}>
            <span class="muted">{shortStamp(a.at, timeZone)}</span> <span class="badge">{t(ALERT_LABEL[a.kind])}</span> {lang === 'vi' ? a.message : a.messageEn}
          </li>
        ))}
      </ul>
    </section>
  )
}
