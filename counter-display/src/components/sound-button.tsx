import type { Lang } from '@luot/shared'
import { otherLang, t } from '../strings.js'

/** The one-time tap target browsers require before a page may play sound. */
export function SoundButton({ lang, onUnlock }: { lang: Lang; onUnlock: () => void }) {
  return (
    <button type="button" class="sound-button" data-testid="sound-button" onClick={onUnlock}>
      <span class="icon" aria-hidden="true">🔊</span>
      <span>
        <strong>{t('soundOn', lang)}</strong>
        <small>{t('soundOn', otherLang(lang))} · {t('soundHint', lang)}</small>
      </span>
    </button>
  )
}
