import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { Lang } from '@luot/shared'
import { CODE_LENGTH, isBookingCode } from '../booking-code.js'
import type { CheckInAction, CheckInState } from '../checkin/checkin-state.js'
import { startScanner } from '../checkin/qr-scanner.js'
import { CITIZEN_ERRORS } from '../citizen/error-text.js'
import { KIOSK_STRINGS } from '../strings.js'
import { CodeKeypad } from './code-keypad.js'

interface Props {
  testId: string
  lang: Lang
  title: Record<Lang, string>
  /** What to hold up to the camera, and the line before the keypad. */
  showQr: string
  orType: string
  keypadLabel?: string
  submitLabel: string
  state: CheckInState
  /** Each QR text the camera reads (five a second while one is held up). */
  onScan: (text: string) => void
  onAction: (a: CheckInAction) => void
  onSubmit: (code: string) => void
  onBack: () => void
  /** What the answer says beyond a refusal (a late booking's walk-in, a result not ready). */
  children?: ComponentChildren
}

/**
 * A kiosk screen that takes a 15-character code: the camera reads a QR code, or the citizen types it.
 * Without a camera (none, refused, not a secure context) only the keypad shows, with no error: it is
 * not the citizen's fault. Used by "I have a booking" and "Nhận kết quả".
 */
export function CodeEntryScreen({ testId, lang, title, showQr, orType, keypadLabel, submitLabel, state, onScan, onAction, onSubmit, onBack, children }: Props) {
  const video = useRef<HTMLVideoElement>(null)
  const [camera, setCamera] = useState(true)
  const scan = useRef(onScan)
  scan.current = onScan
  useEffect(() => (video.current ? startScanner(video.current, (t) => scan.current(t), () => setCamera(false)) : undefined), [])
  const k = KIOSK_STRINGS
  const other: Lang = lang === 'vi' ? 'en' : 'vi'
  const error = state.error ? (CITIZEN_ERRORS[state.error] ?? CITIZEN_ERRORS.BAD_REQUEST!) : null
  return (
    <main class={`checkin-screen ${testId}-screen${camera ? '' : ' no-camera'}`} data-testid={testId} data-camera={String(camera)}>
      <h2>
        {title[lang]}
        <span class="checkin-other" lang={other}>{title[other]}</span>
      </h2>
      {camera && (
        <section class="camera">
          <video ref={video} class="camera-view" muted playsInline aria-hidden="true" />
          <p>{showQr}</p>
        </section>
      )}
      <section class="typing">
        {camera && <p class="or-type">{orType}</p>}
        <CodeKeypad lang={lang} {...(keypadLabel ? { label: keypadLabel } : {})} typed={state.typed} disabled={state.busy} onKey={(key) => onAction({ type: 'key', key })} onBackspace={() => onAction({ type: 'backspace' })} onClear={() => onAction({ type: 'clear' })} />
        {error && (
          <div class="checkin-error" role="alert" data-testid={`${testId}-error`} data-code={state.error}>
            <p>{error[lang]}</p>
            <p lang={other}>{error[other]}</p>
          </div>
        )}
        {children}
        <div class="checkin-actions">
          <button type="button" class="secondary-button" disabled={state.busy} onClick={onBack}>{k.back[lang]} / {k.back[other]}</button>
          <button type="button" class="primary-button" disabled={state.busy || state.typed.length < CODE_LENGTH || !isBookingCode(state.typed)} onClick={() => onSubmit(state.typed)} data-testid={`${testId}-submit`}>
            {state.busy ? k.checkingIn[lang] : submitLabel}
          </button>
        </div>
      </section>
    </main>
  )
}
