import type { Lang, MissedTicketView, ServiceView } from '@luot/shared'
import { localParts } from '@luot/shared/time'
import { useT } from '../i18n.js'

interface Props {
  missed: MissedTicketView[]
  services: ServiceView[]
  timeZone: string
  canCall: boolean
  lang: Lang
  onCallBack: (ticket: MissedTicketView) => void
}

const hhmm = (iso: string, timeZone: string): string => {
  const p = localParts(new Date(iso), timeZone)
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
}

/** Today's missed numbers, newest first: a citizen who comes back is called back from here, not sent to the kiosk. */
export function MissedPanel({ missed, services, timeZone, canCall, lang, onCallBack }: Props) {
  const t = useT()
  return (
    <section class="panel missed-panel" data-testid="missed">
      <h2>{t('missedTitle')}</h2>
      <p class="hint small">{t('missedHint')}</p>
      {missed.length === 0 ? <p class="muted">{t('missedEmpty')}</p> : null}
      <ol class="missed-list">
        {missed.slice(0, 30).map((m) => (
          <li data-ticket={m.number}>
            <span class="number">{m.number}</span>
            <span class="what">{services.find((s) => s.id === m.serviceId)?.name[lang] ?? m.serviceId}</span>
            <span class="muted">{t('missedAt', { time: hhmm(m.missedAt, timeZone) })}</span>
            <button type="button" class="small" disabled={!canCall} onClick={() => onCallBack(m)}>
              {t('callBack')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
