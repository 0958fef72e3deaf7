import type { Lang, RatingSettings } from '@luot/shared'
import { otherLang, t } from '../strings.js'

/** After a low score: why? One press records the rating with that reason; "Bỏ qua" records it without. */
export function ReasonList({ reasons, lang, onReason }: { reasons: RatingSettings['lowReasons']; lang: Lang; onReason: (reasonId?: string) => void }) {
  return (
    <div class="reasons">
      <ul class="reason-list">
        {reasons.map((r) => (
          <li key={r.id}>
            <button type="button" class="reason" data-reason={r.id} onClick={() => onReason(r.id)}>
              <span>{r.name[lang]}</span>
              <small lang={otherLang(lang)}>{r.name[otherLang(lang)]}</small>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="skip" onClick={() => onReason()}>
        {t('padSkip', lang)} / {t('padSkip', otherLang(lang))}
      </button>
    </div>
  )
}
