import type { Lang } from '@luot/shared'
import type { CitizenError } from './error-text.js'

/** A refusal or failure in plain words, the other language underneath; announced to screen readers. */
export function ErrorNote({ error, lang, onRetry, retryLabel }: { error: CitizenError; lang: Lang; onRetry?: () => void; retryLabel?: string }) {
  const other: Lang = lang === 'vi' ? 'en' : 'vi'
  return (
    <div class="card error-card" role="alert" data-testid="error" data-code={error.code}>
      <p class="error-text">{error.text[lang]}</p>
      <p class="error-other" lang={other}>{error.text[other]}</p>
      {onRetry && <button type="button" class="secondary" onClick={onRetry}>{retryLabel}</button>}
    </div>
  )
}
