import type { Lang, ScreenStatus } from '@luot/shared'
import { screenLabel } from '@luot/shared/screen-words'
import { shortStamp } from '../format.js'
import { useT } from '../i18n.js'
import { clockOff, offsetWords } from './clock-words.js'

interface Props {
  screens: ScreenStatus[]
  visitors: number
  silenceLimitMs: number
  clockLimitMs: number
  timeZone: string
  lang: Lang
}

/** Every kiosk, board, counter display, pad and console: online or not, last seen, clock. */
export function ScreensPanel({ screens, visitors, silenceLimitMs, clockLimitMs, timeZone, lang }: Props) {
  const t = useT()
  return (
    <section class="panel health-screens" aria-labelledby="health-screens">
      <h2 id="health-screens">{t('screensTitle')}</h2>
      <p class="muted small">{t('screensSilence', { minutes: Math.round(silenceLimitMs / 60_000) })}</p>
      {screens.length === 0 ? (
        <p class="muted">{t('screensNone')}</p>
      ) : (
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">{t('colScreen')}</th>
              <th scope="col">{t('colAddress')}</th>
              <th scope="col">{t('colStatus')}</th>
              <th scope="col">{t('colSince')}</th>
              <th scope="col">{t('colLastSeen')}</th>
              <th scope="col">{t('colClock')}</th>
            </tr>
          </thead>
          <tbody>
            {screens.map((s) => (
              <tr data-screen={s.kind} data-online={String(s.online)} class={s.online ? '' : 'gone'}>
                <td>{screenLabel(s, lang)}</td>
                <td>{s.address}</td>
                <td>
                  <span class={s.online ? 'state-pill on' : 'state-pill off'}>{t(s.online ? 'online' : 'offline')}</span>
                </td>
                <td>{shortStamp(s.connectedSince, timeZone)}</td>
                <td>{shortStamp(s.lastSeen, timeZone)}</td>
                <td class={clockOff(s.clockAheadMs, clockLimitMs) ? 'bad' : ''}>{s.clockAheadMs === undefined ? '—' : offsetWords(s.clockAheadMs, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {visitors > 0 ? <p class="small muted">{t('visitors', { n: visitors })}</p> : null}
    </section>
  )
}
