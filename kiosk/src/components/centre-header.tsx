import type { Lang, PublicSnapshot } from '@luot/shared'
import { COMMON_STRINGS } from '@luot/shared/i18n'
import { KIOSK_STRINGS } from '../strings.js'
import { Clock } from './clock.js'

interface Props {
  snapshot: PublicSnapshot
  offsetMs: number
  lang: Lang
  onToggleLang: () => void
}

/** Centre name, hotline, the live clock and the one-touch language switch. */
export function CentreHeader({ snapshot, offsetMs, lang, onToggleLang }: Props) {
  const { centre } = snapshot
  return (
    <header class="centre-header">
      <div class="centre-id">
        <h1 class="centre-name">{lang === 'vi' ? centre.name : centre.nameEn}</h1>
        {centre.hotline && (
          <p class="centre-hotline">
            {COMMON_STRINGS.hotline[lang]}: <strong>{centre.hotline}</strong>
          </p>
        )}
      </div>
      <Clock timeZone={centre.timeZone} offsetMs={offsetMs} lang={lang} />
      <button type="button" class="lang-switch" lang={lang === 'vi' ? 'en' : 'vi'} onClick={onToggleLang} data-testid="lang-switch">
        {KIOSK_STRINGS.switchLang[lang]}
      </button>
    </header>
  )
}
