import type { Lang } from '@luot/shared'
import { CODE_ALPHABET, CODE_LENGTH, formatCode } from '../booking-code.js'
import { KIOSK_STRINGS } from '../strings.js'

interface Props {
  lang: Lang
  typed: string
  disabled: boolean
  onKey: (key: string) => void
  onBackspace: () => void
  onClear: () => void
}

/** What is typed so far in groups of five, the rest as blanks: "7K3Q9-XM___-_____". */
export const codeDisplay = (typed: string): string => formatCode(typed.padEnd(CODE_LENGTH, '_'))

/** The on-screen keypad for a booking code: Crockford base32 only (no I, L, O, U), so nothing typed can be wrong by look-alike. */
export function CodeKeypad({ lang, typed, disabled, onKey, onBackspace, onClear }: Props) {
  return (
    <div class="code-entry">
      <p class="code-display" aria-live="polite" aria-label={KIOSK_STRINGS.typeCode[lang]} data-testid="code-display">{codeDisplay(typed)}</p>
      <div class="keypad" role="group" aria-label={KIOSK_STRINGS.typeCode[lang]}>
        {[...CODE_ALPHABET].map((k) => (
          <button type="button" key={k} class="key" disabled={disabled || typed.length >= CODE_LENGTH} onClick={() => onKey(k)} data-key={k}>{k}</button>
        ))}
        <button type="button" class="key key-wide" disabled={disabled || !typed} onClick={onBackspace} aria-label={KIOSK_STRINGS.erase[lang]} data-testid="key-backspace">⌫</button>
        <button type="button" class="key key-wide" disabled={disabled || !typed} onClick={onClear} data-testid="key-clear">{KIOSK_STRINGS.clearAll[lang]}</button>
      </div>
    </div>
  )
}
