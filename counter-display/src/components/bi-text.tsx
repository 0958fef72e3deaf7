import type { Lang } from '@luot/shared'
import { otherLang, t, type StringKey } from '../strings.js'

/** A label in the screen's language with the other language under it, smaller (public screens are bilingual). */
export function BiText({ k, lang, vars }: { k: StringKey; lang: Lang; vars?: Record<string, string | number> }) {
  return (
    <>
      <span class="main-lang">{t(k, lang, vars)}</span>
      <span class="other-lang" lang={otherLang(lang)}>{t(k, otherLang(lang), vars)}</span>
    </>
  )
}
