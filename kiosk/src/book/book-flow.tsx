import { useEffect, useReducer, useRef } from 'preact/hooks'
import type { Lang, NewBooking, PublicBooking, ServiceView } from '@luot/shared'
import { ErrorNote } from '../citizen/error-note.js'
import { errorOf } from '../citizen/error-text.js'
import { call, newIdempotencyKey } from '../citizen/http.js'
import { bookReducer, initialBookState, type BookStep } from './book-state.js'
import { BOOK_STRINGS as t } from './book-strings.js'
import { BookingCard } from './booking-card.js'
import { DayPicker } from './day-picker.js'
import { DetailsForm } from './details-form.js'
import { formatDay } from './format-day.js'
import { ServiceList } from './service-list.js'
import { SlotPicker } from './slot-picker.js'

const HEADING: Record<Exclude<BookStep, 'done'>, keyof typeof t> = { service: 'stepService', day: 'stepDay', slot: 'stepSlot', details: 'stepDetails' }

/** A new booking, one step a screen: service → day → slot → name and phone → the confirmation with code and QR. */
export function BookFlow({ services, lang, onBooked }: { services: ServiceView[]; lang: Lang; onBooked: (code: string) => void }) {
  const [s, dispatch] = useReducer(bookReducer, initialBookState)
  const heading = useRef<HTMLHeadingElement>(null)
  // Each step's heading takes the focus, so a screen reader says where the citizen now is.
  useEffect(() => heading.current?.focus(), [s.step])
  const service = services.find((x) => x.id === s.serviceId)

  const submit = async (name: string, phone: string | undefined) => {
    if (!s.serviceId || !s.date || !s.slotStart || s.busy) return
    const key = s.key ?? newIdempotencyKey()
    dispatch({ type: 'submit', newKey: key })
    const body: NewBooking = { serviceId: s.serviceId, date: s.date, slotStart: s.slotStart, name, lang, ...(phone ? { phone } : {}) }
    const reply = await call<PublicBooking>('POST', '/api/bookings', { body, key })
    const error = errorOf(reply)
    if (error) return dispatch({ type: 'refused', error })
    if ('data' in reply) {
      dispatch({ type: 'booked', booking: reply.data })
      onBooked(reply.data.code)
    }
  }

  if (s.step === 'done' && s.booking) {
    return (
      <>
        <h2 class="done-note" tabIndex={-1} ref={heading} data-testid="booked">{t.booked[lang]}</h2>
        <BookingCard booking={s.booking} lang={lang} />
        <p class="card note no-print">{t.keepCode[lang]}</p>
        <div class="actions no-print">
          <button type="button" class="submit" onClick={() => window.print()} data-testid="print">{t.print[lang]}</button>
          <button type="button" class="secondary" onClick={() => dispatch({ type: 'restart' })}>{t.bookAnother[lang]}</button>
        </div>
      </>
    )
  }
  const step = s.step === 'done' ? 'service' : s.step
  return (
    <>
      <h2 class="step-title" tabIndex={-1} ref={heading} data-step={step}>{t[HEADING[step]][lang]}</h2>
      {(service || s.date || s.slotStart) && step !== 'service' && (
        <p class="picked" data-testid="picked">
          {[service?.name[lang], step !== 'day' && s.date ? formatDay(s.date, lang, 'short') : null, step === 'details' ? s.slotStart : null].filter(Boolean).join(' · ')}
        </p>
      )}
      {s.error && <ErrorNote error={s.error} lang={lang} />}
      {step === 'service' && (services.length === 0 ? <p class="card note">{t.noBookable[lang]}</p> : (
        <ServiceList services={services} lang={lang} onPick={(serviceId) => dispatch({ type: 'pick-service', serviceId })} testId="book-services" />
      ))}
      {step === 'day' && s.serviceId && <DayPicker serviceId={s.serviceId} lang={lang} onPick={(date) => dispatch({ type: 'pick-day', date })} />}
      {step === 'slot' && s.serviceId && s.date && <SlotPicker serviceId={s.serviceId} date={s.date} lang={lang} onPick={(slotStart) => dispatch({ type: 'pick-slot', slotStart })} />}
      {step === 'details' && <DetailsForm lang={lang} busy={s.busy} onSubmit={(n, p) => void submit(n, p)} />}
      {step !== 'service' && <button type="button" class="secondary" disabled={s.busy} onClick={() => dispatch({ type: 'back' })}>{t.back[lang]}</button>}
    </>
  )
}
