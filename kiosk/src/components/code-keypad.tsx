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
  /** What the code is, for screen readers: a booking code (the default) or a dossier code. */
  label?: string
}

/** What is typed so far in groups of five, the rest as blanks: "7K3Q9-XM___-_____". */
export const codeDisplay = (typed: string): string => formatCode(typed.padEnd(CODE_LENGTH, '_'))

/** The on-screen keypad for a booking or dossier code: Crockford base32 only (no I, L, O, U), so nothing typed can be wrong by look-alike. */
export function CodeKeypad({ lang, typed, disabled, onKey, onBackspace, onClear, label = KIOSK_STRINGS.typeCode[lang] }: Props) {
  return (
    <div class="code-entry">
      <p class="code-display" aria-live="polite" aria-label={label} data-testid="code-display">{codeDisplay(typed)}</p>
      <div class="keypad" role="group" aria-label={label}>
        {[...CODE_ALPHABET].map((k) => (
          <button type="button" key={k} class="key" disabled={disabled || typed.length >= CODE_LENGTH} onClick={() => onKey(k)} data-key={k}>{k}</button>
        ))}
        <button type="button" class="key key-wide" disabled={disabled || !typed} onClick={onBackspace} aria-label={KIOSK_STRINGS.erase[lang]} data-testid="key-backspace">⌫</button>
        <button type="button" class="key key-wide" disabled={disabled || !typed} onClick={onClear} data-testid="key-clear">{KIOSK_STRINGS.clearAll[lang]}</button>
      </div>
    </div>
  )
}
