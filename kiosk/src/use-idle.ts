import { useEffect } from 'preact/hooks'

/** Calls onIdle after `seconds` without a touch, a click or a key while `active`. */
export function useIdle(seconds: number, active: boolean, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return
    let id = setTimeout(onIdle, seconds * 1000)
    const reset = () => {
      clearTimeout(id)
      id = setTimeout(onIdle, seconds * 1000)
    }
    const events = ['pointerdown', 'keydown', 'touchstart'] as const
    for (const e of events) document.addEventListener(e, reset, { passive: true })
    return () => {
      clearTimeout(id)
      for (const e of events) document.removeEventListener(e, reset)
    }
  }, [seconds, active, onIdle])
}
