import { useEffect, useState } from 'preact/hooks'
import type { CallVoice } from './call-voice.js'

/** Whether the browser still blocks sound; follows the AudioContext's state. */
export function useAudioLocked(voice: CallVoice | null): boolean {
  const [locked, setLocked] = useState(() => voice?.locked() ?? false)
  useEffect(() => {
    if (!voice) return undefined
    setLocked(voice.locked())
    return voice.onChange(() => setLocked(voice.locked()))
  }, [voice])
  return locked
}
