import type { ProvinceLive, ScreenStatus, SystemHealth } from '@luot/shared'
import { provinceLive, type CentreNow } from '../domain/province/live-row.js'
import { isIssuing } from '../domain/opening-hours.js'
import type { OpenCentre } from './centre-host.js'
import type { SilentScreens } from './screens-across.js'

/** Printer conditions that stop tickets or slips. */
const DOWN = new Set(['offline', 'paper-out', 'cover-open'])
/** Screens a centre cannot work without; phones and widgets come and go. */
const WATCHED = new Set(['kiosk', 'board', 'counter', 'pad'])
const KIND_VI: Record<string, string> = { kiosk: 'Máy lấy số', board: 'Màn hình sảnh', counter: 'Màn hình quầy', pad: 'Thiết bị đánh giá' }

const screenName = (s: Pick<ScreenStatus, 'kind' | 'id'>): string => `${KIND_VI[s.kind] ?? s.kind}${s.id ? ` ${s.id}` : ''}`
const keyOf = (s: Pick<ScreenStatus, 'kind' | 'id' | 'device'>): string => `${s.kind}:${s.id ?? ''}:${s.device ?? ''}`

/**
 * The screens of a centre that this process saw and finds silent now (in opening hours, past the
 * silence limit) and that are online on no process (asked through the centre's socket.io adapter).
 */
export async function silentHere(c: OpenCentre, now: Date, health?: SystemHealth): Promise<string[]> {
  const { service, io } = c.handle
  if (!isIssuing(service.config.centre, now)) return []
  const report = health ?? (await c.handle.health.report())
  const silent = report.screens.filter((s) => !s.online && WATCHED.has(s.kind) && (s.id || s.device) && now.getTime() - Date.parse(s.lastSeen) >= report.silenceLimitMs)
  if (!silent.length) return []
  const online = new Set((await io.fetchSockets()).flatMap((s) => (s.data.screen ? [keyOf(s.data.screen as Pick<ScreenStatus, 'kind' | 'id' | 'device'>)] : [])))
  return silent.filter((s) => !online.has(keyOf(s))).map(screenName)
}

/** What one open centre looks like now: its day and configuration, its printers and screens down. */
async function centreNow(c: OpenCentre, now: Date, across?: SilentScreens): Promise<CentreNow> {
  const { service, health } = c.handle
  const report = await health.report()
  const printersDown = report.printers.filter((p) => DOWN.has(p.condition)).map((p) => p.name)
  const here = await silentHere(c, now, report)
  return { entry: c.entry, day: service.today, config: service.config, printersDown, screensDown: across ? across.of(c.entry.slug, here) : here }
}

/** The province's live view over the centres open in this process (screens down as every process reports them). */
export async function liveNow(centres: OpenCentre[], now: Date, across?: SilentScreens): Promise<ProvinceLive> {
  return provinceLive(await Promise.all(centres.map((c) => centreNow(c, now, across))), now)
}
