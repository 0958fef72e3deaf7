import pg from 'pg'

export type NoticeHandler = (payload: string) => void

/**
 * One LISTEN connection a process keeps for its PostgreSQL notices (journal appends, logouts,
 * configuration changes). It stays up across PostgreSQL restarts: it reconnects with a growing
 * pause, and since notices sent while it was down are lost, it then calls `onReconnect` so the
 * owner reads what it missed.
 */
export class PgListener {
  private client: pg.Client | null = null
  private stopped = false
  private retryMs = 200
  private timer: NodeJS.Timeout | undefined
  private readonly handlers = new Map<string, Set<NoticeHandler>>()
  private readonly reconnected = new Set<() => void>()
  /** Resolves once LISTEN is in place for every channel asked for so far. */
  ready: Promise<void>
  private markReady: () => void = () => undefined

  constructor(private readonly url: string) {
    this.ready = new Promise((resolve) => (this.markReady = resolve))
    void this.connect(false)
  }

  /** Resolves once LISTEN is in place for every channel asked for so far, or after `ms` (the connection is down). */
  async listening(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
    await Promise.race([this.ready, late])
    clearTimeout(timer)
  }

  /** Calls `handler` with each notice on `channel`; `onReconnect` after a lost connection came back. */
  on(channel: string, handler: NoticeHandler, onReconnect?: () => void): () => void {
    let set = this.handlers.get(channel)
    if (!set) {
      this.handlers.set(channel, (set = new Set()))
      const client = this.client
      if (client) this.ready = this.ready.then(() => client.query(`LISTEN ${channel}`)).then(() => undefined, () => undefined)
    }
    set.add(handler)
    if (onReconnect) this.reconnected.add(onReconnect)
    return () => {
      set.delete(handler)
      if (onReconnect) this.reconnected.delete(onReconnect)
    }
  }

  private async connect(missedSome: boolean): Promise<void> {
    if (this.stopped) return
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5000 })
    client.on('error', () => this.lost(client))
    client.on('end', () => this.lost(client))
    client.on('notification', (n) => {
      for (const h of this.handlers.get(n.channel) ?? []) h(n.payload ?? '')
    })
    try {
      await client.connect()
      if (this.stopped) return void client.end().catch(() => undefined)
      // set first: a channel asked for from now on is LISTENed by `on`, the ones before by this loop
      this.client = client
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`)
    } catch {
      this.lost(client)
      return
    }
    this.retryMs = 200
    this.markReady()
    if (missedSome) for (const fn of this.reconnected) fn()
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
    this.markReady()
    const client = this.client
    this.client = null
    if (client) {
      client.removeAllListeners('end')
      await client.end().catch(() => undefined)
    }
  }
}
