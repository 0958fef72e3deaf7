import { createServer, type Server } from 'node:http'

export interface Received {
  headers: Record<string, string>
  body: string
  json: { id: string; event: string; at: string; data: Record<string, unknown> }
}

/**
 * A province system's webhook endpoint on this machine: records every POST and answers `status`
 * (200 by default). `close()` takes it down; `listen()` again on the same port brings it back.
 */
export class WebhookReceiver {
  readonly received: Received[] = []
  status = 200
  private server: Server | null = null

  constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/luot`
  }

  async listen(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        if (this.status < 300) this.received.push({ headers: req.headers as Record<string, string>, body, json: JSON.parse(body) as Received['json'] })
        res.writeHead(this.status).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve))
    this.server = server
  }

  async close(): Promise<void> {
    const s = this.server
    this.server = null
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()))
  }

  /** Waits until `n` events have arrived (or throws after `ms`). */
  async waitFor(n: number, ms = 10_000): Promise<Received[]> {
    const end = Date.now() + ms
    while (this.received.length < n) {
      if (Date.now() > end) throw new Error(`${this.received.length} of ${n} webhook events arrived within ${ms} ms`)
      await new Promise((r) => setTimeout(r, 20))
    }
    return this.received
  }
}
