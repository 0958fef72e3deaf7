import { localParts, parseTimeOfDay, screenLabel, type Alert, type Centre, type ScreenKind } from '@luot/shared'
import { alertManagers } from '../realtime/alerts.js'
import type { LuotIo } from '../realtime/socket-server.js'
import { screenKey, type ScreenRegistry } from './screen-registry.js'

/** The screens a centre cannot run without; consoles close with the clerk's day, citizens' pages come and go. */
const WATCHED: ReadonlySet<ScreenKind> = new Set(['kiosk', 'board', 'counter', 'pad'])

/**
 * When the opening session `now` falls in began, or undefined outside the configured sessions
 * (whether or not issuing is enforced: enforcement is an admin's switch, the hours are still the hours).
 */
export function sessionStart(centre: Centre, now: Date): number | undefined {
  const p = localParts(now, centre.timeZone)
  const minute = p.hour * 60 + p.minute
  const session = (centre.openingHours.weekdays[p.weekday] ?? []).find((s) => parseTimeOfDay(s.start) <= minute && minute < parseTimeOfDay(s.end))
  if (!session) return undefined
  const intoSessionMs = ((minute - parseTimeOfDay(session.start)) * 60 + p.second) * 1000 + now.getUTCMilliseconds()
  return now.getTime() - intoSessionMs
}

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
 * the session's start: a screen still off two minutes after opening is reported, one switched off at night or over lunch is not.
 */
export function screenSilence(io: LuotIo, registry: ScreenRegistry, centre: () => Centre, opts: ScreenSilenceOptions) {
  return async (now: Date): Promise<Alert[]> => {
    const openSince = sessionStart(centre(), now)
    if (openSince === undefined) return []
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
