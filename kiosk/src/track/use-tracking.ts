import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import type { PublicSnapshot, RateBody, TrackedTicket } from '@luot/shared'
import { connect, rateTicket, trackTicket, type LuotSocket } from '../socket.js'
import { alertCalled } from './call-alert.js'

export type Phase = 'loading' | 'found' | 'not-found'
export type RateResult = 'ok' | 'already' | 'failed'

/** What the page shows of the centre: its name and settings, never anyone else's ticket. */
export type CentreInfo = Pick<PublicSnapshot, 'centre' | 'settings'>

/** Alert once per call (a recall is a new call), also across reloads of the page. */
function alertOncePerCall(code: string, t: TrackedTicket): void {
  if (t.status !== 'called' || !t.calledAt) return
  const key = `luot-alerted-${code}`
  try {
    if (sessionStorage.getItem(key) === t.calledAt) return
    sessionStorage.setItem(key, t.calledAt)
  } catch {
    /* storage off: alert anyway */
  }
  alertCalled()
}

/**
 * Follows one ticket: 'ticket:track' on every (re)connect and whenever the page becomes visible
 * again (a locked phone may have missed updates), then 'ticket:updated' in its room.
 */
export function useTracking(code: string | null) {
  const [phase, setPhase] = useState<Phase>(code ? 'loading' : 'not-found')
  const [ticket, setTicket] = useState<TrackedTicket | null>(null)
  const [info, setInfo] = useState<CentreInfo | null>(null)
  const [connected, setConnected] = useState(true)
  const socket = useRef<LuotSocket | null>(null)

  useEffect(() => {
    if (!code) return
    const s = connect({ kind: 'phone' })
    socket.current = s
    const show = (t: TrackedTicket) => {
      setTicket(t)
      setPhase('found')
      alertOncePerCall(code, t)
    }
    const track = async () => {
      try {
        const ack = await trackTicket(s, code)
        if (ack.ok) show(ack.data)
        else if (ack.error.code === 'TICKET_NOT_FOUND' || ack.error.code === 'BAD_REQUEST') setPhase('not-found')
      } catch {
        /* no answer: the next connect tracks again */
      }
    }
    s.on('connect', () => {
      setConnected(true)
      void track()
    })
    s.on('disconnect', () => setConnected(false))
    s.on('queue:snapshot', (snap) => setInfo({ centre: snap.centre, settings: snap.settings }))
    s.on('ticket:updated', show)
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return
      if (s.connected) void track()
      else s.connect()
    }
    document.addEventListener('visibilitychange', onVisible)
    window.addEventListener('pageshow', onVisible)
    return () => {
      document.removeEventListener('visibilitychange', onVisible)
      window.removeEventListener('pageshow', onVisible)
      s.close()
    }
  }, [code])

  const rate = useCallback(
    async (body: RateBody): Promise<RateResult> => {
      const s = socket.current
      if (!s || !code) return 'failed'
      try {
        const ack = await rateTicket(s, { ...body, trackingCode: code })
        if (ack.ok) {
          setTicket(ack.data)
          return 'ok'
        }
        return ack.error.code === 'ALREADY_RATED' ? 'already' : 'failed'
      } catch {
        return 'failed'
      }
    },
    [code],
  )

  return { phase, ticket, info, connected, rate }
}
