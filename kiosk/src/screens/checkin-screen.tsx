import { useRef } from 'preact/hooks'
import type { Lang } from '@luot/shared'
import { codeFromScan, trackingFromScan } from '../booking-code.js'
import type { CheckInAction, CheckInState } from '../checkin/checkin-state.js'
import { CodeEntryScreen } from '../components/code-entry-screen.js'
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

/** "I have a booking": the booking's QR code or its code typed; a late arrival is told so and offered a walk-in ticket. */
export function CheckInScreen({ lang, state, lateServiceName, onAction, onCheckIn, onCheckInPhone, onWalkIn, onBack }: Props) {
  const lastScan = useRef('')
  const onScan = (text: string) => {
    const code = codeFromScan(text)
    const tracking = code ? null : trackingFromScan(text)
    const seen = code ?? tracking
    // The same code held in front of the camera is read five times a second: act on it once, until the citizen acts.
    if (!seen || state.busy || (seen === lastScan.current && (state.error || state.remoteDone))) return
    lastScan.current = seen
    if (code) onCheckIn(code)
    else onCheckInPhone(seen)
  }
  const other: Lang = lang === 'vi' ? 'en' : 'vi'
  const k = KIOSK_STRINGS
  return (
    <CodeEntryScreen testId="checkin" lang={lang} title={k.checkInTitle} showQr={k.showQr[lang]} orType={k.orType[lang]} submitLabel={k.checkIn[lang]} state={state} onScan={onScan} onAction={onAction} onSubmit={onCheckIn} onBack={onBack}>
      {state.error === 'BOOKING_LATE' && state.lateServiceId && (
        <button type="button" class="primary-button walk-in" onClick={() => onWalkIn(state.lateServiceId!)} data-testid="walk-in">
          {k.walkIn[lang]}
          {lateServiceName ? `: ${lateServiceName}` : ''}
        </button>
      )}
      {state.remoteDone && (
        <p class="print-ok" role="status" data-testid="remote-checked-in">
          {k.remoteCheckedIn[lang].replace('{n}', state.remoteDone)}
          <br />
          <span lang={other}>{k.remoteCheckedIn[other].replace('{n}', state.remoteDone)}</span>
        </p>
      )}
    </CodeEntryScreen>
  )
}
