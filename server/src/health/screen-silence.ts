import { screenLabel, type Alert, type Centre, type ScreenKind } from '@luot/shared'
import { isIssuing } from '../domain/opening-hours.js'
import { alertManagers } from '../realtime/alerts.js'
import type { LuotIo } from '../realtime/socket-server.js'
import { screenKey, type ScreenRegistry } from './screen-registry.js'

/** The screens a centre cannot run without; consoles close with the clerk's day, citizens' pages come and go. */
const WATCHED: ReadonlySet<ScreenKind> = new Set(['kiosk', 'board', 'counter', 'pad'])

/** Inside the configured sessions, whether or not issuing is enforced (enforcement is an admin's switch, the hours are still the hours). */
const withinOpeningHours = (centre: Centre, now: Date): boolean => isIssuing({ ...centre, openingHours: { ...centre.openingHours, enforce: true } }, now)

/** Keys of the screens online on any process (with several processes, through the socket.io adapter). */
async function onlineAnywhere(io: LuotIo): Promise<Set<string>> {
  const sockets = await io.fetchSockets()
  return new Set(sockets.flatMap((s) => (s.data.screen ? [screenKey(s.data.screen, s.id)] : [])))
}

export interface ScreenSilenceOptions {
  silenceMs: number
  /** Several processes share the screens: a screen that moved to another process is not silent. */
  severalProcesses: boolean
}

/**
 * Tells managers once when a kiosk, board, counter display or rating pad that was online has
 * been silent for `silenceMs` during opening hours. Silence before the centre opened counts from
 * the opening: a screen still off two minutes after opening is reported, one switched off at night is not.
 */
export function screenSilence(io: LuotIo, registry: ScreenRegistry, centre: () => Centre, opts: ScreenSilenceOptions) {
  let openSince: number | undefined
  return async (now: Date): Promise<Alert[]> => {
    if (!withinOpeningHours(centre(), now)) {
      openSince = undefined
      return []
    }
    openSince ??= now.getTime()
    const silent = registry.silent(now.getTime(), opts.silenceMs, openSince).filter((s) => WATCHED.has(s.kind))
    if (silent.length === 0) return []
    const elsewhere = opts.severalProcesses ? await onlineAnywhere(io) : new Set<string>()
    const sent: Alert[] = []
    for (const s of silent) {
      registry.markAlerted(s.key)
      if (elsewhere.has(s.key)) continue
      const minutes = Math.floor((now.getTime() - Date.parse(s.lastSeen)) / 60_000)
      const alert: Alert = {
        kind: 'screen',
        at: now.toISOString(),
        message: `${screenLabel(s, 'vi')} (${s.address}) mất kết nối ${minutes} phút trong giờ làm việc.`,
        messageEn: `${screenLabel(s, 'en')} (${s.address}) has been silent for ${minutes} min during opening hours.`,
      }
      alertManagers(io, alert)
      sent.push(alert)
    }
    return sent
  }
}
