import { useEffect, useState } from 'preact/hooks'
import { serverNow } from './server-clock.js'

/**
 * Calls `onTick` every `intervalMs`, on the interval's boundaries of this clock (a clock on screen
 * turns with the second, not up to a second late). Returns the stop function.
 */
export function startTicker(intervalMs: number, onTick: (now: number) => void): () => void {
  let timer: ReturnType<typeof setTimeout>
  const schedule = (): void => {
    timer = setTimeout(() => {
      onTick(Date.now())
      schedule()
    }, intervalMs - (Date.now() % intervalMs))
  }
  schedule()
  return () => clearTimeout(timer)
}

/** The time now, re-rendering every `intervalMs`; with `offsetMs`, the server's time. */
export function useNow(offsetMs = 0, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => startTicker(intervalMs, setNow), [intervalMs])
  return serverNow(offsetMs, now)
}
