import type { Lang, ScreenStatus } from '@luot/shared'
import { screenLabel } from '@luot/shared/screen-words'
import { shortStamp } from '../format.js'
import { useT } from '../i18n.js'
import { clockOff, offsetWords } from './clock-words.js'

interface Props {
  serverTime: string
  /** This browser's clock against the server's. */
  ownAheadMs: number | null
  screens: ScreenStatus[]
  limitMs: number
  timeZone: string
  lang: Lang
}

/** The server's time, this browser's offset, and every online screen whose clock is off by more than the limit. */
export function ClockPanel({ serverTime, ownAheadMs, screens, limitMs, timeZone, lang }: Props) {
  const t = useT()
  const limit = Math.round(limitMs / 1000)
  const off = [
    ...(clockOff(ownAheadMs, limitMs) ? [{ name: t('thisBrowser'), aheadMs: ownAheadMs! }] : []),
    ...screens.filter((s) => s.online && clockOff(s.clockAheadMs, limitMs)).map((s) => ({ name: `${screenLabel(s, lang)} (${s.address})`, aheadMs: s.clockAheadMs! })),
  ]
  return (
    <section class="panel health-clock" aria-labelledby="health-clock">
      <h2 id="health-clock">{t('clockTitle')}</h2>
      <p>{t('serverTime', { time: shortStamp(serverTime, timeZone) })}</p>
      {ownAheadMs !== null ? <p data-own-clock>{t('ownClock', { offset: offsetWords(ownAheadMs, lang) })}</p> : null}
      {off.length === 0 ? (
        <p class="ok-note">{t('clockAllOk', { limit })}</p>
      ) : (
        <ul class="clock-warnings">
          {off.map((o) => (
            <li class="warn">{t('clockWarn', { name: o.name, offset: offsetWords(o.aheadMs, lang), limit })}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
