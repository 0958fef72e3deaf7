import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { minuteOfDay, parseTimeOfDay } from '@luot/shared'
import { listBackups, pruneBackups, writeBackup, type BackupResult } from './backup.js'

const HOUR = 3_600_000

export interface BackupSchedule {
  dataDir: string
  /** Where the archives go: a USB disk or a network share, ideally. */
  dir: string
  /** How many archives to keep. */
  keep: number
  /** Local time of day ("HH:MM") after which the day's backup runs. */
  at: string
  timeZone: () => string
  clock?: () => Date
  /** Told after each run: a failure raises a manager alert. */
  onResult: (status: BackupStatus) => void
}

export type BackupStatus = { ok: true; at: string; result: BackupResult } | { ok: false; at: string; error: string }

/**
 * The daily backup. A centre's PC is often switched off in the evening, so a day's backup runs at
 * `at` when the server is up then, and otherwise soon after the next start: a backup is due when
 * the newest archive is over 24 h old and either it is past `at` or a night was missed (over 36 h).
 * After a failure it tries again an hour later, alerting each time.
 */
export class NightlyBackup {
  private last: BackupStatus | undefined
  private running: Promise<BackupStatus> | undefined
  private retryAfter = 0
  private readonly timer: NodeJS.Timeout
  private readonly first: NodeJS.Timeout

  constructor(
    private readonly opts: BackupSchedule,
    firstCheckMs = 60_000,
  ) {
    this.first = setTimeout(() => void this.check(), firstCheckMs).unref()
    this.timer = setInterval(() => void this.check(), 60_000).unref()
  }

  /** The folder the archives go to. */
  get dir(): string {
    return this.opts.dir
  }

  private now = (): Date => (this.opts.clock ?? (() => new Date()))()

  /** The latest run of this process, or what the folder shows from before it started. */
  async status(): Promise<{ last?: BackupStatus; newest?: { file: string; at: string } }> {
    const newest = await this.newest()
    return { ...(this.last ? { last: this.last } : {}), ...(newest ? { newest: { file: newest.file, at: new Date(newest.mtime).toISOString() } } : {}) }
  }

  private async newest(): Promise<{ file: string; mtime: number } | undefined> {
    const name = (await listBackups(this.opts.dir)).at(-1)
    if (!name) return undefined
    const file = join(this.opts.dir, name)
    return { file, mtime: (await stat(file)).mtimeMs }
  }

  /** Whether a backup is due now (see the class comment). */
  async due(): Promise<boolean> {
    const now = this.now()
    if (now.getTime() < this.retryAfter) return false
    const newest = await this.newest().catch(() => undefined)
    if (!newest) return true
    const age = now.getTime() - newest.mtime
    if (age < 24 * HOUR) return false
    return age > 36 * HOUR || minuteOfDay(now, this.opts.timeZone()) >= parseTimeOfDay(this.opts.at)
  }

  private async check(): Promise<void> {
    if (!this.running && (await this.due())) await this.runNow()
  }

  /** Writes a backup now (one at a time) and prunes old ones. */
  runNow(): Promise<BackupStatus> {
    this.running ??= this.run().finally(() => (this.running = undefined))
    return this.running
  }

  private async run(): Promise<BackupStatus> {
    const at = this.now()
    let status: BackupStatus
    try {
      const result = await writeBackup(this.opts.dataDir, this.opts.dir, at)
      await pruneBackups(this.opts.dir, this.opts.keep)
      status = { ok: true, at: at.toISOString(), result }
      this.retryAfter = 0
    } catch (err) {
      status = { ok: false, at: at.toISOString(), error: err instanceof Error ? err.message : String(err) }
      this.retryAfter = at.getTime() + HOUR
    }
    this.last = status
    this.opts.onResult(status)
    return status
  }

  stop(): void {
    clearTimeout(this.first)
    clearInterval(this.timer)
  }
}
