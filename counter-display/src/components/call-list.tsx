import type { Lang } from '@luot/shared'
import type { BoardCall } from '../state.js'
import { bookedCall } from '@luot/shared/ticket-marks'
import { t } from '../strings.js'
import { BiText } from './bi-text.js'

/** Lines under the heading: the newest call large, then the earlier ones. */
export const CALL_ROWS = 7

/** "MỜI CÔNG DÂN CÓ SỐ": the latest calls, newest on top; a new call blinks for a few seconds. */
export function CallList({ calls, lang, now }: { calls: BoardCall[]; lang: Lang; now: number }) {
  const shown = calls.slice(0, CALL_ROWS)
  return (
    <section class="calls" aria-live="polite" data-testid="calls">
      <h2 class="calls-title">
        <BiText k="callHeading" lang={lang} />
      </h2>
      {shown.length === 0 ? (
        <p class="calls-empty">{t('noCalls', lang)}</p>
      ) : (
        <ol class="calls-list">
          {shown.map((c, i) => (
            <li
              key={c.call.ticketId}
              class={`call${i === 0 ? ' latest' : ''}${c.flashUntil > now ? ' flash' : ''}${c.call.priority ? ' priority' : ''}${bookedCall(c.call) ? ' booked' : ''}`}
              data-number={c.call.number}
              data-counter={c.call.counterNumber}
            >
              <span class="call-number">
                {c.call.number}
                {bookedCall(c.call) && <small class="call-booked" title={t('booked', lang)}>{t('bookedShort', lang)}</small>}
              </span>
              <span class="call-arrow" aria-hidden="true">➜</span>
              <span class="call-counter">
                <small>{t('toCounter', lang)}</small>
                <b>{c.call.counterNumber}</b>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
