import { useEffect, useRef, useState } from 'preact/hooks'
import type { Lang } from '@luot/shared'
import { CITIZEN_ERRORS } from '../citizen/error-text.js'
import { CodeKeypad } from '../components/code-keypad.js'
import { codeFromScan, CODE_LENGTH, isBookingCode, trackingFromScan } from '../booking-code.js'
import type { CheckInAction, CheckInState } from '../checkin/checkin-state.js'
import { startScanner } from '../checkin/qr-scanner.js'
import { KIOSK_STRINGS } from '../strings.js'

interface Props {
  lang: Lang
  state: CheckInState
  /** The late citizen's service, by name, for the walk-in button. */
  lateServiceName: string | null
  onAction: (a: CheckInAction) => void
  onCheckIn: (code: string) => void
  /** A remote ticket's tracking link was shown: check that ticket in. */
  onCheckInPhone: (trackingCode: string) => void
  onWalkIn: (serviceId: string) => void
  onBack: () => void
}

/**
 * "I have a booking": the camera reads the booking's QR code, or the citizen types the code. Without a
 * camera (none, refused, not a secure context) only the keypad shows, with no error: it is not the
 * citizen's fault. A late arrival is told so and offered a walk-in ticket.
 */
export function CheckInScreen({ lang, state, lateServiceName, onAction, onCheckIn, onCheckInPhone, onWalkIn, onBack }: Props) {
  const video = useRef<HTMLVideoElement>(null)
  const [camera, setCamera] = useState(true)
  const lastScan = useRef('')
  const onScan = useRef<(text: string) => void>(() => undefined)
  onScan.current = (text) => {
    const code = codeFromScan(text)
    const tracking = code ? null : trackingFromScan(text)
    const seen = code ?? tracking
    // The same code held in front of the camera is read five times a second: act on it once, until the citizen acts.
    if (!seen || state.busy || (seen === lastScan.current && (state.error || state.remoteDone))) return
    lastScan.current = seen
    if (code) onCheckIn(code)
    else onCheckInPhone(seen)
  }
  useEffect(() => (video.current ? startScanner(video.current, (t) => onScan.current(t), () => setCamera(false)) : undefined), [])

  const other: Lang = lang === 'vi' ? 'en' : 'vi'
  const error = state.error ? (CITIZEN_ERRORS[state.error] ?? CITIZEN_ERRORS.BAD_REQUEST!) : null
  const k = KIOSK_STRINGS
  return (
    <main class={`checkin-screen${camera ? '' : ' no-camera'}`} data-testid="checkin" data-camera={String(camera)}>
      <h2>
        {k.checkInTitle[lang]}
        <span class="checkin-other" lang={other}>{k.checkInTitle[other]}</span>
      </h2>
      {camera && (
        <section class="camera">
          <video ref={video} class="camera-view" muted playsInline aria-hidden="true" />
          <p>{k.showQr[lang]}</p>
        </section>
      )}
      <section class="typing">
        {camera && <p class="or-type">{k.orType[lang]}</p>}
        <CodeKeypad lang={lang} typed={state.typed} disabled={state.busy} onKey={(key) => onAction({ type: 'key', key })} onBackspace={() => onAction({ type: 'backspace' })} onClear={() => onAction({ type: 'clear' })} />
        {error && (
          <div class="checkin-error" role="alert" data-testid="checkin-error" data-code={state.error}>
            <p>{error[lang]}</p>
            <p lang={other}>{error[other]}</p>
            {state.error === 'BOOKING_LATE' && state.lateServiceId && (
              <button type="button" class="primary-button" onClick={() => onWalkIn(state.lateServiceId!)} data-testid="walk-in">
                {k.walkIn[lang]}{lateServiceName ? `: ${lateServiceName}` : ''}
              </button>
            )}
          </div>
        )}
        {state.remoteDone && (
          <p class="print-ok" role="status" data-testid="remote-checked-in">
            {k.remoteCheckedIn[lang].replace('{n}', state.remoteDone)}
            <br />
            <span lang={other}>{k.remoteCheckedIn[other].replace('{n}', state.remoteDone)}</span>
          </p>
        )}
        <div class="checkin-actions">
          <button type="button" class="secondary-button" disabled={state.busy} onClick={onBack}>{k.back[lang]} / {k.back[other]}</button>
          <button type="button" class="primary-button" disabled={state.busy || state.typed.length < CODE_LENGTH || !isBookingCode(state.typed)} onClick={() => onCheckIn(state.typed)} data-testid="checkin-submit">
            {state.busy ? k.checkingIn[lang] : k.checkIn[lang]}
          </button>
        </div>
      </section>
    </main>
  )
}
