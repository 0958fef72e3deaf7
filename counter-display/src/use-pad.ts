import { useEffect, useReducer, useState } from 'preact/hooks'
import { idle, phaseTimeout, reducePad, type PadAction, type PadPhase } from './pad-state.js'
import { listenPad, NoAnswerError, ratePad, type LuotSocket } from './socket.js'
import { STRINGS } from './strings.js'

/** The rating pad's phase and the counter room it is in; sends the rating when the phase says so. */
export function usePad(socket: LuotSocket, counterNumber: number, key: string): { phase: PadPhase; joined: string | null; refused: string | null; dispatch: (a: PadAction) => void } {
  const [phase, dispatch] = useReducer(reducePad, idle)
  const [joined, setJoined] = useState<string | null>(null)
  const [refused, setRefused] = useState<string | null>(null)

  useEffect(
    () =>
      listenPad(socket, counterNumber, key, {
        requested: (request) => dispatch({ type: 'requested', request }),
        recorded: (info) => dispatch({ type: 'recorded', number: info.number }),
        joined: (id) => (setJoined(id), id !== null && setRefused(null)),
        refused: setRefused,
      }),
    [socket, counterNumber, key],
  )

  useEffect(() => {
    const ms = phaseTimeout(phase)
    if (ms === null) return undefined
    const timer = setTimeout(() => dispatch({ type: 'timeout' }), ms)
    return () => clearTimeout(timer)
  }, [phase])

  useEffect(() => {
    if (phase.kind !== 'sending') return undefined
    let stale = false
    const { request, value, reasonId } = phase
    ratePad(socket, { ratingToken: request.ratingToken, value, ...(reasonId ? { reasonId } : {}) }).then(
      (res) => {
        if (stale) return
        // ALREADY_RATED: an answer to an earlier try got lost, or the citizen rated on the phone.
        if (res.ok) dispatch({ type: 'saved' })
        else if (res.error.code === 'ALREADY_RATED') dispatch({ type: 'saved', already: true })
        else dispatch({ type: 'failed', message: { vi: res.error.message, en: res.error.messageEn } })
      },
      (error: unknown) => {
        if (!stale) dispatch({ type: 'failed', message: error instanceof NoAnswerError ? STRINGS.connectionLost : STRINGS.padNotSaved })
      },
    )
    return () => {
      stale = true
    }
  }, [phase, socket])

  return { phase, joined, refused, dispatch }
}
