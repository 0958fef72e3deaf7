import type { Lang, PublicBooking } from '@luot/shared'
import { rootPath } from '@luot/shared/client/connect'
import { QrCode } from '../components/qr-code.js'
import { formatCode } from '../booking-code.js'
import { BOOK_STRINGS as t, BOOKING_STATUS_WORDS } from './book-strings.js'
import { formatDay } from './format-day.js'

/**
 * A booking as its holder sees it: the code large and grouped, the QR code the kiosk's camera reads
 * (it encodes the bare code), the service, day and time. The print stylesheet keeps only this card.
 */
export function BookingCard({ booking, lang }: { booking: PublicBooking; lang: Lang }) {
  const active = booking.status === 'booked'
  return (
    <section class={`card booking status-${booking.status}`} data-testid="booking" data-code={booking.code} data-status={booking.status}>
      <p class="heading">{t.code[lang]}</p>
      <p class="booking-code" data-testid="booking-code">{formatCode(booking.code)}</p>
      {active && <QrCode class="booking-qr" text={booking.code} label={t.qrLabel[lang]} />}
      <dl class="booking-facts">
        <div><dt>{t.service[lang]}</dt><dd>{booking.serviceName[lang]}</dd></div>
        <div><dt>{t.day[lang]}</dt><dd data-testid="booking-day">{formatDay(booking.date, lang)}</dd></div>
        <div><dt>{t.time[lang]}</dt><dd data-testid="booking-time">{booking.slotStart} – {booking.slotEnd}</dd></div>
        <div><dt>{t.status[lang]}</dt><dd data-testid="booking-status">{BOOKING_STATUS_WORDS[booking.status][lang]}</dd></div>
      </dl>
      {active && <p class="hint">{t.showAtKiosk[lang]}</p>}
      {booking.trackingCode && (
        <p>
          <a class="link" href={`${rootPath()}t/${booking.trackingCode}`}>{t.ticketLink[lang]}{booking.ticketNumber ? `: ${booking.ticketNumber}` : ''}</a>
        </p>
      )}
    </section>
  )
}
