import { setLang, useConsoleState } from '../state.js'

/** Tiếng Việt / English: every string of the console, and the server's messages, follow it. */
export function LangSwitch() {
  const { lang } = useConsoleState()
  return (
    <div class="lang-switch" role="group" aria-label="Ngôn ngữ / Language">
      <button type="button" class={lang === 'vi' ? 'on' : ''} aria-pressed={lang === 'vi'} data-lang="vi" onClick={() => setLang('vi')}>
        Tiếng Việt
      </button>
      <button type="button" class={lang === 'en' ? 'on' : ''} aria-pressed={lang === 'en'} data-lang="en" onClick={() => setLang('en')}>
        English
      </button>
    </div>
  )
}
