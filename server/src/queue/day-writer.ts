import type { DayState } from '../domain/types.js'

interface Waiter {
  version: number
  resolve: () => void
  reject: (err: unknown) => void
}

/**
 * Group commit for the day file. Commands apply in memory one at a time; each then waits until a
 * write that includes it is durable. While one write runs, later commands gather and the next write
 * covers them all, so throughput does not fall with the fsync. If a write fails, every command
 * not yet durable is refused and the state rolls back to the last durable day.
 */
export class DayWriter {
  private version = 0
  private durableVersion = 0
  private waiters: Waiter[] = []
  private running: Promise<void> | null = null

  constructor(
    private readonly write: (day: DayState) => Promise<void>,
    private readonly current: () => DayState,
    private readonly onDurable: (day: DayState) => void,
    private readonly onFailed: (err: unknown) => void,
  ) {}

  /** Marks the in-memory day changed; returns the version a caller waits for. */
  changed(): number {
    return ++this.version
  }

  /** Resolves once everything up to `version` is on disk; rejects if its write failed. */
  durable(version = this.version): Promise<void> {
    if (version <= this.durableVersion) return Promise.resolve()
    const p = new Promise<void>((resolve, reject) => this.waiters.push({ version, resolve, reject }))
    this.running ??= this.drain().finally(() => (this.running = null))
    return p
  }

  /** Waits for every pending write (shutdown, day close). */
  async flush(): Promise<void> {
    await this.durable().catch(() => undefined)
    while (this.running) await this.running
  }

  private async drain(): Promise<void> {
    while (this.durableVersion < this.version) {
      const version = this.version
      const day = this.current()
      try {
        await this.write(day)
      } catch (err) {
        const failed = this.waiters
        this.waiters = []
        this.version = this.durableVersion
        this.onFailed(err)
        for (const w of failed) w.reject(err)
        return
      }
      this.durableVersion = version
      this.onDurable(day)
      const done = this.waiters.filter((w) => w.version <= version)
      this.waiters = this.waiters.filter((w) => w.version > version)
      for (const w of done) w.resolve()
    }
  }
}
