import type { Lang } from '@luot/shared'
import { errorText, type UiError } from '../ui-error.js'

/** A refusal or failure, in the chosen language; technical details below, smaller. */
export function ErrorNote({ error, lang }: { error: UiError | null; lang: Lang }) {
  if (!error) return null
  return (
    <div class="error-note" role="alert" data-code={error.code}>
      <strong>{errorText(error, lang)}</strong>
      {error.details ? <small>{error.details}</small> : null}
    </div>
  )
}
