import { useEffect, useReducer, useState } from 'preact/hooks'
import type { Lang, MoveBooking, PublicBooking } from '@luot/shared'
import { ErrorNote } from '../citizen/error-note.js'
import { errorOf } from '../citizen/error-text.js'
import { call } from '../citizen/http.js'
import { formatCode, isBookingCode, normalizeCode } from '../booking-code.js'
import { BOOK_STRINGS as t } from './book-strings.js'
import { BookingCard } from './booking-card.js'
import { DayPicker } from './day-picker.js'
import { initialManageState, manageReducer } from './manage-state.js'
import { SlotPicker } from './slot-picker.js'

/** "My booking": the citizen types (or arrives with) the code, sees the booking, cancels it or moves it. */
export function ManageView({ lang, initialCode, onCode }: { lang: Lang; initialCode: string | null; onCode: (code: string) => void }) {
  const [s, dispatch] = useReducer(manageReducer, initialManageState)
  const [typed, setTyped] = useState(initialCode ? formatCode(initialCode) : '')
  const [badCode, setBadCode] = useState(false)

  const send = async (method: 'GET' | 'POST', path: string, body?: MoveBooking | object, notice?: 'cancelled' | 'moved') => {
    dispatch({ type: 'start' })
    const reply = await call<PublicBooking>(method, path, body === undefined ? {} : { body })
    const error = errorOf(reply)
    if (error) return dispatch({ type: 'failed', error })
    if ('data' in reply) dispatch({ type: 'loaded', booking: reply.data, ...(notice ? { notice } : {}) })
  }
  const find = (e?: Event) => {
    e?.preventDefault()
    const code = normalizeCode(typed)
    setBadCode(!isBookingCode(code))
    if (!isBookingCode(code)) return
    onCode(code)
    void send('GET', `/api/bookings/${code}`)
  }
  useEffect(() => {
    if (initialCode) find()
  }, [])

  const b = s.booking
  return (
    <>
      <form class="card form" onSubmit={find} noValidate data-testid="find-booking">
        <label class="field">
          <span>{t.enterCode[lang]}</span>
          <input name="code" class="code-input" autoComplete="off" autoCapitalize="characters" spellcheck={false} maxLength={20} value={typed} onInput={(e) => setTyped(e.currentTarget.value)} aria-invalid={badCode} aria-describedby={badCode ? 'code-note' : undefined} />
        </label>
        {badCode && <p id="code-note" class="field-error">{t.codeInvalid[lang]}</p>}
        <button type="submit" class="submit" disabled={s.busy}>{t.find[lang]}</button>
      </form>
      {s.error && <ErrorNote error={s.error} lang={lang} />}
      {s.notice && <p class="card done-note" role="status" data-testid="manage-notice">{s.notice === 'cancelled' ? t.cancelledNote[lang] : t.moved[lang]}</p>}
      {b && <BookingCard booking={b} lang={lang} />}
      {b && b.status === 'booked' && s.mode === 'view' && (
        <div class="actions no-print">
          <button type="button" class="submit" onClick={() => window.print()}>{t.print[lang]}</button>
          <button type="button" class="secondary" onClick={() => dispatch({ type: 'move' })} data-testid="move">{t.move[lang]}</button>
          <button type="button" class="danger" onClick={() => dispatch({ type: 'ask-cancel' })} data-testid="cancel">{t.cancel[lang]}</button>
        </div>
      )}
      {b && s.mode === 'confirm-cancel' && (
        <div class="card confirm no-print" role="alertdialog" aria-labelledby="cancel-q">
          <p id="cancel-q" class="note">{t.cancelConfirm[lang]}</p>
          <div class="actions">
            <button type="button" class="danger" disabled={s.busy} onClick={() => void send('POST', `/api/bookings/${b.code}/cancel`, {}, 'cancelled')} data-testid="cancel-yes">{t.cancelYes[lang]}</button>
            <button type="button" class="secondary" onClick={() => dispatch({ type: 'keep' })}>{t.cancelNo[lang]}</button>
          </div>
        </div>
      )}
      {b && (s.mode === 'move-day' || s.mode === 'move-slot') && (
        <section class="no-print" aria-labelledby="move-title">
          <h2 id="move-title" class="step-title">{t.moveTitle[lang]}</h2>
          {s.mode === 'move-day' && <DayPicker serviceId={b.serviceId} lang={lang} onPick={(date) => dispatch({ type: 'move-day', date })} />}
          {s.mode === 'move-slot' && s.moveDate && (
            <SlotPicker serviceId={b.serviceId} date={s.moveDate} lang={lang} onPick={(slotStart) => void send('POST', `/api/bookings/${b.code}/move`, { date: s.moveDate!, slotStart }, 'moved')} />
          )}
          <button type="button" class="secondary" disabled={s.busy} onClick={() => dispatch({ type: 'keep' })}>{t.back[lang]}</button>
        </section>
      )}
    </>
  )
}
