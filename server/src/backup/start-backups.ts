import { join } from 'node:path'
import type { QueueService } from '../queue-service.js'
import { NightlyBackup, type BackupStatus } from './nightly.js'

/** Starts the daily backup of an embedded data directory with the defaults the README states. */
export function startBackups(dataDir: string, opts: { dir?: string | undefined; keep?: number | undefined; at?: string | undefined }, service: QueueService, onResult: (s: BackupStatus) => void, clock?: () => Date): NightlyBackup {
  return new NightlyBackup({
    dataDir,
    dir: opts.dir ?? join(dataDir, 'backups'),
    keep: opts.keep ?? 14,
    at: opts.at ?? '18:00',
    timeZone: () => service.config.centre.timeZone,
    onResult,
    ...(clock ? { clock } : {}),
  })
}
