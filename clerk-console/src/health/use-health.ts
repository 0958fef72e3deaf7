import { useEffect, useState } from 'preact/hooks'
import type { SystemHealth } from '@luot/shared'
import { get } from '../api.js'
import type { UiError } from '../ui-error.js'

/** How often the health page asks again: screens coming and going show within seconds. */
export const HEALTH_REFRESH_MS = 5000

export interface HealthState {
  health: SystemHealth | null
  /** This browser's clock minus the server's, from the reply's serverTime and when it arrived. */
  ownAheadMs: number | null
  error: UiError | null
}

/** The server's health report, fetched now and every HEALTH_REFRESH_MS while the page is shown. */
export function useHealth(): HealthState {
  const [state, setState] = useState<HealthState>({ health: null, ownAheadMs: null, error: null })
  useEffect(() => {
    let stopped = false
    const load = async () => {
      const sentAt = Date.now()
      const r = await get<SystemHealth>('/api/admin/health')
      if (stopped) return
      // the server read its clock about halfway through the round trip
      const receivedAt = Date.now()
      if (r.ok) setState({ health: r.data, ownAheadMs: Math.round((sentAt + receivedAt) / 2 - Date.parse(r.data.serverTime)), error: null })
      else setState((s) => ({ ...s, error: r.error }))
    }
    void load()
    const timer = setInterval(() => void load(), HEALTH_REFRESH_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [])
  return state
}
