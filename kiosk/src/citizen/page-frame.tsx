import type { ComponentChildren } from 'preact'
import type { Lang, PublicSnapshot } from '@luot/shared'
import { COMMON_STRINGS } from '@luot/shared/i18n'

interface Props {
  lang: Lang
  title: string
  switchLabel: string
  onToggleLang: () => void
  centre: PublicSnapshot['centre'] | null
  children: ComponentChildren
}

/** The frame of the citizen's phone pages: the centre's name, the language switch, the hotline at the bottom. */
export function PageFrame({ lang, title, switchLabel, onToggleLang, centre, children }: Props) {
  return (
    <div class="track">
      <header class="top">
        <p class="centre">{centre ? (lang === 'vi' ? centre.name : centre.nameEn) : title}</p>
        <button type="button" class="lang" lang={lang === 'vi' ? 'en' : 'vi'} onClick={onToggleLang} data-testid="lang-switch">{switchLabel}</button>
      </header>
      <main>
        <h1 class="page-title">{title}</h1>
        {children}
      </main>
      {centre?.hotline && (
        <footer class="bottom">
          {COMMON_STRINGS.hotline[lang]}: <a href={`tel:${centre.hotline.replace(/\s+/g, '')}`}>{centre.hotline}</a>
        </footer>
      )}
    </div>
  )
}
