import type { Alert, Lang } from '@luot/shared'
import { useT } from '../i18n.js'
import { shortStamp } from '../format.js'

/** The server's alerts to managers (a printer down, a wait past target), newest first. */
export function AlertsFeed({ alerts, timeZone, lang }: { alerts: Alert[]; timeZone: string; lang: Lang }) {
  const t = useT()
  return (
    <section class="panel alerts-panel">
      <h2>{t('alertsTitle')}</h2>
      {alerts.length === 0 ? <p class="muted">{t('alertsNone')}</p> : null}
      <ul class="alerts">
        {alerts.map((a) => (
          <li class={`alert-${a.kind}`} data-kind={a.kind}>
            <span class="muted">{shortStamp(a.at, timeZone)}</span> <span class="badge">{a.kind === 'printer' ? t('alertPrinter') : a.kind === 'no-counter-open' ? t('alertNoCounter') : t('alertWait')}</span> {lang === 'vi' ? a.message : a.messageEn}
          </li>
        ))}
      </ul>
    </section>
  )
}
