import type { IncomingMessage } from 'node:http'
import type { Alert, BackupHealth, PrinterLastStatus, SystemHealth } from '@luot/shared'
import type { NightlyBackup } from '../backup/nightly.js'
import type { QueueService } from '../queue-service.js'
import { alertManagers } from '../realtime/alerts.js'
import type { LuotIo } from '../realtime/socket-server.js'
import { trackScreens } from '../realtime/screen-tracking.js'
import { DiskWatch } from './disk-space.js'
import { ScreenRegistry } from './screen-registry.js'
import { screenSilence } from './screen-silence.js'

/** A browser clock further than this from the server's is flagged: ticket times and reports use the server's. */
export const CLOCK_LIMIT_MS = 30_000
const MB = 1024 * 1024

export interface HealthOptions {
  /** Free space under this in DATA_DIR raises a 'disk' alert (default 1024 MB). */
  diskMinMb?: number | undefined
  /** A watched screen silent this long during opening hours raises a 'screen' alert (default 2 min). */
  silenceMs?: number | undefined
  /** How often disk and screens are checked (default 30 s). */
  everyMs?: number | undefined
}

export interface HealthDeps {
  io: LuotIo
  service: QueueService
  /** A screen's address: the connection's, or the client a trusted proxy names (LUOT_TRUST_PROXY). */
  addressOf: (req: IncomingMessage) => string
  /** The embedded store's folder; absent with PostgreSQL (no disk of ours to watch). */
  dataDir?: string | undefined
  backup?: NightlyBackup | undefined
  /** Each printer's last answer to the status question (the printer watch); none when printing is off. */
  printerStatuses: () => PrinterLastStatus[]
  severalProcesses: boolean
  clock: () => Date
  /** A periodic check that failed (a disk that cannot be read): logged, the next one tries again. */
  onError: (err: unknown) => void
}

/** What the admin health page reads, and the periodic checks behind its alerts. */
export interface HealthMonitor {
  report(): Promise<SystemHealth>
  /** Runs the disk and screen checks now; returns the alerts they sent. */
  check(): Promise<Alert[]>
  stop(): void
}

async function backupHealth(backup: NightlyBackup | undefined): Promise<BackupHealth> {
  if (!backup) return { enabled: false }
  const { last, newest } = await backup.status()
  return {
    enabled: true,
    dir: backup.dir,
    ...(last ? { last: last.ok ? { at: last.at, ok: true, file: last.result.file } : { at: last.at, ok: false, error: last.error } } : {}),
    ...(newest ? { newest } : {}),
  }
}

/**
 * Every enabled printer: its last answer to the status question, or, for one not asked yet (the
 * centre is closed, or it was just added), 'unknown' with no time.
 */
function printerRows(service: QueueService, asked: PrinterLastStatus[]): PrinterLastStatus[] {
  return service.config.settings.printers
    .filter((p) => p.enabled)
    .map((p) => asked.find((s) => s.printerId === p.id) ?? { printerId: p.id, name: p.name, address: `${p.host}:${p.port}`, condition: 'unknown', status: null })
}

/** Starts watching screens, disk and the clock; stop() ends the timer. */
export function startHealth(deps: HealthDeps, opts: HealthOptions = {}): HealthMonitor {
  const { io, service, clock } = deps
  const registry = new ScreenRegistry()
  trackScreens(io, registry, clock, deps.addressOf)
  const silenceMs = opts.silenceMs ?? 120_000
  const minFreeBytes = (opts.diskMinMb ?? 1024) * MB
  const disk = deps.dataDir ? new DiskWatch(deps.dataDir, minFreeBytes) : undefined
  const silence = screenSilence(io, registry, () => service.config.centre, { silenceMs, severalProcesses: deps.severalProcesses })

  /** Reads the disk; the read that finds it newly under the threshold alerts managers. */
  const checkDisk = async (sent: Alert[] = []) => {
    if (!disk) return undefined
    const { crossed, ...space } = await disk.check()
    if (crossed) {
      const mb = Math.floor(space.freeBytes / MB)
      const min = Math.floor(minFreeBytes / MB)
      const alert: Alert = { kind: 'disk', at: clock().toISOString(), message: `Ổ đĩa chứa dữ liệu chỉ còn ${mb} MB trống (ngưỡng ${min} MB): cần giải phóng chỗ trống trước khi không ghi được dữ liệu.`, messageEn: `The data disk has only ${mb} MB free (threshold ${min} MB): free some space before writes start failing.` }
      alertManagers(io, alert)
      sent.push(alert)
    }
    return { path: disk.path, ...space, minFreeBytes }
  }
  const check = async (): Promise<Alert[]> => {
    const sent: Alert[] = []
    await checkDisk(sent)
    return [...sent, ...(await silence(clock()))]
  }
  const timer = setInterval(() => void check().catch(deps.onError), opts.everyMs ?? 30_000)
  timer.unref()

  return {
    check,
    stop: () => clearInterval(timer),
    async report() {
      const now = clock()
      return {
        serverTime: now.toISOString(),
        disk: (await checkDisk()) ?? null,
        backup: await backupHealth(deps.backup),
        printers: printerRows(service, deps.printerStatuses()),
        screens: registry.list(now.getTime()),
        visitorsOnline: registry.visitors(),
        screensScope: deps.severalProcesses ? 'this-process' : 'server',
        silenceLimitMs: silenceMs,
        clockLimitMs: CLOCK_LIMIT_MS,
      }
    },
  }
}
