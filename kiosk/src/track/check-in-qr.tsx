import { useEffect, useState } from 'preact/hooks'
import type { Lang } from '@luot/shared'
import { TRACK_STRINGS } from './track-strings.js'

type QrComponent = (typeof import('../components/qr-code.js'))['QrCode']

/**
 * For a remote ticket not yet checked in: this page's own link as a QR code, for the kiosk's camera
 * ("I have a booking"). The QR encoder is loaded only here, so other tickets' pages stay light.
 */
export function CheckInQr({ lang }: { lang: Lang }) {
  const [Qr, setQr] = useState<QrComponent | null>(null)
  useEffect(() => {
    void import('../components/qr-code.js').then((m) => setQr(() => m.QrCode))
  }, [])
  return (
    <section class="card check-in-qr" data-testid="check-in-qr">
      {Qr && <Qr class="check-in-code" text={location.href} label={TRACK_STRINGS.checkInQr[lang]} />}
      <p class="hint">{TRACK_STRINGS.checkInHow[lang]}</p>
    </section>
  )
}
