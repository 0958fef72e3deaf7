import { useEffect, useState } from 'preact/hooks'
import type { Lang } from '@luot/shared'

const LANG_KEY = 'luot-lang'

function savedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi'
  } catch {
    return 'vi'
  }
}

/**
 * The language of the citizen's phone pages (tracking, booking, joining): one choice for all of
 * them, kept on the phone, and set on <html lang> for screen readers.
 */
export function useSavedLang(): [Lang, () => void] {
  const [lang, setLang] = useState<Lang>(savedLang)
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  const toggle = () => {
    const next: Lang = lang === 'vi' ? 'en' : 'vi'
    setLang(next)
    try {
      localStorage.setItem(LANG_KEY, next)
    } catch {
      /* private mode: the choice lasts this page only */
    }
  }
  return [lang, toggle]
}
