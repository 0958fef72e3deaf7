import { useCallback, useEffect, useReducer, useRef } from 'preact/hooks'
import type { PublicSnapshot } from '@luot/shared'
import { newIdempotencyKey } from '@luot/shared/client/idempotency-key'
import { bookingOffered, checkInAtKiosk, checkInRemote } from './checkin/check-in.js'
import { collectAtKiosk } from './collect/collect.js'
import { connect, takeTicket, whenConnected, type LuotSocket } from './socket.js'
import { initialKioskState, kioskReducer } from './state.js'
import { intentFor, takeWithRetry, type TakeIntent } from './take-ticket.js'
import type { KioskParams } from './kiosk-params.js'

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/**
 * The kiosk's link to the server: replaces state with each snapshot, applies service updates, and
 * takes tickets one at a time (a second tap while one is in flight does nothing).
 */
export function useKiosk(params: KioskParams) {
  const [state, dispatch] = useReducer(kioskReducer, initialKioskState)
  const socket = useRef<LuotSocket | null>(null)
  const inFlight = useRef(false)
  const stateLang = useRef(state.lang)
  stateLang.current = state.lang
  const unconfirmed = useRef<TakeIntent | null>(null)

  useEffect(() => {
    const s = connect({ kind: 'kiosk', id: params.kioskId })
    socket.current = s
    s.on('connect', () => dispatch({ type: 'connection', connected: true }))
    s.on('disconnect', () => dispatch({ type: 'connection', connected: false }))
    s.on('queue:snapshot', (snapshot) => dispatch({ type: 'snapshot', snapshot: snapshot as PublicSnapshot, receivedAt: Date.now() }))
    s.on('queue:changed', (change) => dispatch({ type: 'services', services: change.services }))
    return () => {
      s.close()
    }
  }, [])

  // Whether this centre takes bookings: asked once a day (a new day's snapshot), as the snapshot does not say.
  const firstServiceId = state.snapshot?.services[0]?.id
  useEffect(() => {
    if (!firstServiceId) return
    let live = true
    void bookingOffered(firstServiceId).then((on) => live && dispatch({ type: 'booking-on', on }))
    return () => {
      live = false
    }
  }, [state.snapshot?.date, firstServiceId])

  const take = useCallback(
    async (serviceId: string, priorityGroup: string | null) => {
      const s = socket.current
      if (!s || inFlight.current) return
      inFlight.current = true
      const intent = intentFor(unconfirmed.current, serviceId, priorityGroup, Date.now())
      unconfirmed.current = intent
      dispatch({ type: 'take-start', serviceId })
      try {
        const outcome = await takeWithRetry(intent, {
          send: (body) => takeTicket(s, { ...body, lang: stateLang.current, ...(params.kioskId ? { kioskId: params.kioskId } : {}) }),
          waitOnline: () => Promise.race([whenConnected(s), sleep(2000)]),
          now: Date.now,
        })
        // Only a network failure leaves the intent open: a re-tap of the same choice reuses its key.
        if (outcome.ok || outcome.error.code !== 'NO_ANSWER') unconfirmed.current = null
        dispatch({ type: 'take-done', outcome })
      } finally {
        inFlight.current = false
      }
    },
    [params.kioskId],
  )

  /** Checks a booking in (scanned or typed); one at a time, like taking a ticket. */
  const checkIn = useCallback(
    async (code: string) => {
      if (inFlight.current) return
      inFlight.current = true
      dispatch({ type: 'checkin', action: { type: 'start', code } })
      try {
        const outcome = await checkInAtKiosk(code, params.kioskId)
        if (outcome.ok) return dispatch({ type: 'checkin-done', ticket: outcome.ticket })
        dispatch({ type: 'checkin', action: { type: 'failed', code: outcome.code } })
        if (outcome.serviceId) dispatch({ type: 'checkin', action: { type: 'late-service', serviceId: outcome.serviceId } })
      } finally {
        inFlight.current = false
      }
    },
    [params.kioskId],
  )

  /** Checks a remote ticket in from its tracking link, shown to the camera. */
  const checkInPhone = useCallback(
    async (trackingCode: string) => {
      if (inFlight.current) return
      inFlight.current = true
      dispatch({ type: 'checkin', action: { type: 'start', code: '' } })
      try {
        const r = await checkInRemote(trackingCode, params.kioskId)
        dispatch({ type: 'checkin', action: r.ok ? { type: 'remote-done', number: r.number } : { type: 'failed', code: r.code } })
      } finally {
        inFlight.current = false
      }
    },
    [params.kioskId],
  )

  /** The last "Nhận kết quả" that got no answer: asking again for the same code reuses its key. */
  const unanswered = useRef<{ code: string; key: string } | null>(null)
  /** "Nhận kết quả" for a dossier code (scanned or typed); one at a time. */
  const collect = useCallback(
    async (code: string) => {
      if (inFlight.current) return
      inFlight.current = true
      dispatch({ type: 'checkin', action: { type: 'start', code } })
      const key = unanswered.current?.code === code ? unanswered.current.key : newIdempotencyKey()
      try {
        const outcome = await collectAtKiosk(code, params.kioskId, stateLang.current, key)
        unanswered.current = !outcome.ok && outcome.code === 'NO_ANSWER' ? { code, key } : null
        if (!outcome.ok) dispatch({ type: 'checkin', action: { type: 'failed', code: outcome.code } })
        else if ('ticket' in outcome) dispatch({ type: 'checkin-done', ticket: outcome.ticket })
        else dispatch({ type: 'not-ready', dossier: outcome.notReady })
      } finally {
        inFlight.current = false
      }
    },
    [params.kioskId],
  )

  return { state, dispatch, take, checkIn, checkInPhone, collect }
}
