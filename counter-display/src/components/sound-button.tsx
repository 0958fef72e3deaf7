import type { Lang } from '@luot/shared'
import { otherLang, t } from '../strings.js'

/** The one-time tap target browsers require before a page may play sound; it sits in the header, never over the rows. */
export function SoundButton({ lang, onUnlock }: { lang: Lang; onUnlock: () => void }) {
  return (
    <button type="button" class="sound-button" data-testid="sound-button" onClick={onUnlock} title={t('soundHint', lang)}>
      <span class="icon" aria-hidden="true">🔊</span>
      <span>
        <strong>{t('soundOn', lang)}</strong>
        <small lang={otherLang(lang)}>{t('soundOn', otherLang(lang))}</small>
      </span>
    </button>
  )
}
