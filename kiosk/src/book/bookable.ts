import { useEffect, useState } from 'preact/hooks'
import type { BookingDays, PublicSnapshot, ServiceView } from '@luot/shared'
import { isNoAnswer, type Reply } from '@luot/shared/client/send'
import { call } from '../citizen/http.js'
import { errorOf, type CitizenError } from '../citizen/error-text.js'

/** What the booking page may offer: nothing when the centre takes no bookings, else the services the admin made bookable. */
export interface Bookable {
  off: boolean
  services: ServiceView[]
  /** Every service's days failed to load (offline…): the reason, to show with a retry. */
  error: CitizenError | null
}

/** Services that some counter serves and that are active: only these can ever be called. */
const callable = (snap: PublicSnapshot) => snap.services.filter((x) => x.active && x.counterNumbers.length > 0)

/**
 * Reads bookability from the server's own answers for each service's days (the public snapshot does
 * not carry the booking settings): BOOKING_OFF means the centre takes none; a service refused with
 * DAY_NOT_BOOKABLE, or whose every day is 'not-bookable', is left out. Order is the snapshot's.
 */
export function bookableFrom(services: ServiceView[], replies: Reply<BookingDays>[]): Bookable {
  const code = (r: Reply<BookingDays>): string => (isNoAnswer(r) ? 'NO_ANSWER' : r.ok ? '' : r.error.code)
  const off = replies.some((r) => code(r) === 'BOOKING_OFF')
  const ok = services.filter((_, i) => {
    const r = replies[i]!
    return !isNoAnswer(r) && r.ok && r.data.days.some((d) => d.reason !== 'not-bookable')
  })
  // A service that takes no bookings answers DAY_NOT_BOOKABLE: that is no failure to report.
  const failed = replies.find((r) => code(r) !== '' && code(r) !== 'DAY_NOT_BOOKABLE')
  const error = ok.length === 0 && failed ? errorOf(failed) : null
  return { off, services: off ? [] : ok, error: off ? null : error }
}

/** Asks the days of every callable service once (again on `round`), and says which can be booked. */
export function useBookable(snap: PublicSnapshot | null, round: number): Bookable | null {
  const [result, setResult] = useState<Bookable | null>(null)
  useEffect(() => {
    if (!snap) return
    let live = true
    setResult(null)
    const services = callable(snap)
    void Promise.all(services.map((x) => call<BookingDays>('GET', `/api/booking/days?serviceId=${encodeURIComponent(x.id)}`))).then((replies) => {
      if (live) setResult(bookableFrom(services, replies))
    })
    return () => {
      live = false
    }
  }, [snap, round])
  return result
}
