import { useCallback, useRef, useState } from 'preact/hooks'
import { useNow } from '@luot/shared/client/use-now'
import { useConsoleState } from './state.js'

/**
 * One action at a time: a second click, key press or Enter while one is in flight is dropped.
 * The guard is a ref, checked synchronously, so two clicks before the next render still run once.
 */
export function useInFlight(): { pending: string | null; run: (name: string, fn: () => Promise<unknown>) => Promise<void> } {
  const busy = useRef(false)
  const [pending, setPending] = useState<string | null>(null)
  const run = useCallback(async (name: string, fn: () => Promise<unknown>) => {
    if (busy.current) return
    busy.current = true
    setPending(name)
    try {
      await fn()
    } finally {
      busy.current = false
      setPending(null)
    }
  }, [])
  return { pending, run }
}

/** Server time now (this clock corrected by the snapshot's), refreshed every `everyMs`. */
export function useServerNow(everyMs = 1000): number {
  const { skewMs } = useConsoleState()
  return useNow(skewMs, everyMs)
}
