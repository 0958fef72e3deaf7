import { useEffect, useRef, useState } from 'preact/hooks'
import type { CallView, VoiceSettings } from '@luot/shared'
import { listenDisplay, type LuotSocket } from './socket.js'
import { initialState, knowsCall, missedCalls, reduce, type DisplayAction, type DisplayState } from './state.js'

/** Told about every call to announce: live calls, each recall, and calls made while the board was away. */
export type OnCall = (call: CallView, voice: VoiceSettings) => void

/**
 * The live display state of a screen: subscribes, then opens the connection (so the first snapshot
 * cannot be missed). Each snapshot replaces the state; events are applied on top.
 */
export function useDisplay(socket: LuotSocket, onCall?: OnCall): DisplayState {
  const [state, setState] = useState(initialState)
  const current = useRef(initialState)
  const onCallRef = useRef(onCall)
  onCallRef.current = onCall

  useEffect(() => {
    const apply = (action: DisplayAction): void => {
      current.current = reduce(current.current, action)
      setState(current.current)
    }
    const announce = (calls: CallView[]): void => {
      const voice = current.current.snapshot?.settings.voice
      if (voice) for (const call of calls) onCallRef.current?.(call, voice)
    }
    const stop = listenDisplay(socket, {
      snapshot: (snapshot) => {
        const missed = missedCalls(current.current, snapshot)
        apply({ type: 'snapshot', snapshot, now: Date.now() })
        announce(missed)
      },
      called: (call) => {
        const fresh = !knowsCall(current.current, call)
        apply({ type: 'called', call, now: Date.now() })
        if (fresh) announce([call])
      },
      counter: (counter) => apply({ type: 'counter', counter }),
      services: (services) => apply({ type: 'services', services }),
      lost: () => apply({ type: 'connection', connection: 'offline' }),
    })
    socket.connect()
    return stop
  }, [socket])

  return state
}
