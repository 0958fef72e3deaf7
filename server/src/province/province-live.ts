import type { ProvinceLive, ScreenStatus } from '@luot/shared'
import { provinceLive, type CentreNow } from '../domain/province/live-row.js'
import { isIssuing } from '../domain/opening-hours.js'
import type { OpenCentre } from './centre-host.js'

/** Printer conditions that stop tickets or slips. */
const DOWN = new Set(['offline', 'paper-out', 'cover-open'])
/** Screens a centre cannot work without; phones and widgets come and go. */
const WATCHED = new Set(['kiosk', 'board', 'counter', 'pad'])
const KIND_VI: Record<string, string> = { kiosk: 'Máy lấy số', board: 'Màn hình sảnh', counter: 'Màn hình quầy', pad: 'Thiết bị đánh giá' }

const screenName = (s: ScreenStatus): string => `${KIND_VI[s.kind] ?? s.kind}${s.id ? ` ${s.id}` : ''}`

/** What one open centre looks like now: its day and configuration, its printers and screens down (as this process knows them). */
async function centreNow(c: OpenCentre, now: Date): Promise<CentreNow> {
  const { service, health } = c.handle
  const report = await health.report()
  const open = isIssuing(service.config.centre, now)
  const printersDown = report.printers.filter((p) => DOWN.has(p.condition)).map((p) => p.name)
  const screensDown = open ? report.screens.filter((s) => !s.online && WATCHED.has(s.kind) && now.getTime() - Date.parse(s.lastSeen) >= report.silenceLimitMs).map(screenName) : []
  return { entry: c.entry, day: service.today, config: service.config, printersDown, screensDown }
}

/** The province's live view over the centres open in this process. */
export async function liveNow(centres: OpenCentre[], now: Date): Promise<ProvinceLive> {
  return provinceLive(await Promise.all(centres.map((c) => centreNow(c, now))), now)
}
