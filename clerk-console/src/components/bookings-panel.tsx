import { useEffect, useState } from 'preact/hooks'
import type { CheckedIn, Lang, ServiceView, StaffBooking } from '@luot/shared'
import { get, post } from '../api.js'
import { bookingsBySlot, checkedInCount } from '../bookings-view.js'
import { useInFlight } from '../hooks.js'
import { onBookingsChanged } from '../socket.js'
import { useT, type StringKey } from '../i18n.js'
import type { UiError } from '../ui-error.js'
import { ErrorNote } from './error-note.js'

interface Props {
  date: string
  /** The services of this counter, in its order. */
  serviceIds: string[]
  services: ServiceView[]
  lang: Lang
}

const STATUS: Record<StaffBooking['status'], StringKey> = {
  booked: 'bookingStatusBooked',
  'checked-in': 'bookingStatusCheckedIn',
  cancelled: 'bookingStatusCancelled',
  'no-show': 'bookingStatusNoShow',
}

/** The list is read again on every 'bookings:changed', and at least this often (a missed event while offline). */
const REFRESH_MS = 60_000

/** Today's bookings for this counter's services, by slot: who is expected, who has checked in; a clerk can check someone in here. */
export function BookingsPanel({ date, serviceIds, services, lang }: Props) {
  const t = useT()
  const [list, setList] = useState<StaffBooking[] | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [off, setOff] = useState(false)
  const { pending, run } = useInFlight()
  const load = async () => {
    const r = await get<StaffBooking[]>(`/api/bookings?date=${date}`)
    // A centre that takes no bookings (or a server without them) shows no panel at all.
    const code: string = r.ok ? '' : r.error.code
    setOff(code === 'BOOKING_OFF' || code === 'NOT_FOUND')
    if (r.ok) setList(r.data)
    else setError(r.error)
  }
  useEffect(() => {
    void load()
    const timer = setInterval(() => void load(), REFRESH_MS)
    const off = onBookingsChanged(() => void load())
    return () => {
      clearInterval(timer)
      off()
    }
  }, [date])

  const checkIn = (b: StaffBooking) =>
    run(b.code, async () => {
      const r = await post<CheckedIn>(`/api/bookings/${b.code}/check-in`, {})
      if (r.ok) {
        setError(null)
        setDone(t('checkedInDone', { n: r.data.ticket.number, code: b.code.replace(/(.{5})(?=.)/g, '$1-') }))
      } else setError(r.error)
      await load()
    })

  if (off) return null
  const groups = list ? bookingsBySlot(list, serviceIds) : []
  const count = checkedInCount(groups)
  return (
    <section class="panel bookings-panel" data-testid="bookings">
      <h2>
        {t('bookingsTitle')} {list && count.all ? <span class="muted small">{t('bookingsCount', { in: count.checkedIn, all: count.all })}</span> : null}
      </h2>
      <ErrorNote error={error} lang={lang} />
      {done ? <p class="hint small" role="status">{done}</p> : null}
      {list && groups.length === 0 ? <p class="muted">{t('bookingsEmpty')}</p> : null}
      {groups.map((g) => (
        <div class="booking-slot" data-service={g.serviceId} data-slot={g.slotStart}>
          <h3>
            {g.slotStart}–{g.slotEnd} · {services.find((s) => s.id === g.serviceId)?.name[lang] ?? g.serviceId}
          </h3>
          <ul class="booking-list">
            {g.bookings.map((b) => (
              <li data-code={b.code} data-status={b.status}>
                <span class="what">{b.name || '—'}</span>
                <span class={`badge booking-${b.status}`}>{t(STATUS[b.status], { n: b.ticketNumber ?? '' })}</span>
                {b.status === 'booked' ? (
                  <button type="button" class="small" disabled={pending !== null} onClick={() => void checkIn(b)}>
                    {t('checkInThis')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
