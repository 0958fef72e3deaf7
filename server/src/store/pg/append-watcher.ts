import pg from 'pg'

/** The NOTIFY channel every append announces itself on: `{ c: centre, d: day, s: last seq }`. */
export const RECORDS_CHANNEL = 'luot_records'

/**
 * One LISTEN connection that tells this process about records other processes appended. It stays
 * up across PostgreSQL restarts: it reconnects with a growing pause, and since notices sent while
 * it was down are lost, it then reports the newest day with seq 0 so the caller reads what it missed.
 */
export class AppendWatcher {
  private client: pg.Client | null = null
  private stopped = false
  private retryMs = 200
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly url: string,
    private readonly centre: string,
    private readonly onAppended: (date: string, seq: number) => void,
    private readonly latestDay: () => Promise<string | null>,
  ) {}

  start(): void {
    void this.connect(false)
  }

  private async connect(missedSome: boolean): Promise<void> {
    if (this.stopped) return
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5000 })
    client.on('error', () => this.lost(client))
    client.on('end', () => this.lost(client))
    client.on('notification', (n) => this.notice(n.payload))
    try {
      await client.connect()
      await client.query(`LISTEN ${RECORDS_CHANNEL}`)
    } catch {
      this.lost(client)
      return
    }
    if (this.stopped) return void client.end().catch(() => undefined)
    this.client = client
    this.retryMs = 200
    if (missedSome) {
      const day = await this.latestDay().catch(() => null)
      if (day) this.onAppended(day, 0)
    }
  }

  private notice(payload: string | undefined): void {
    try {
      const n = JSON.parse(payload ?? '') as { c?: unknown; d?: unknown; s?: unknown }
      if (n.c === this.centre && typeof n.d === 'string' && typeof n.s === 'number') this.onAppended(n.d, n.s)
    } catch {
      // not ours: another program may use the channel name
    }
  }

  private lost(client: pg.Client): void {
    client.removeAllListeners('end')
    client.removeAllListeners('notification')
    client.on('error', () => undefined)
    void client.end().catch(() => undefined)
    if (this.client === client) this.client = null
    else if (this.client) return
    if (this.stopped || this.timer) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.connect(true)
    }, this.retryMs)
    this.retryMs = Math.min(this.retryMs * 2, 5000)
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    const client = this.client
    this.client = null
    if (client) {
      client.removeAllListeners('end')
      await client.end().catch(() => undefined)
    }
  }
}
