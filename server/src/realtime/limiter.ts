/** Fixed-window counter per key: the socket.io twin of @fastify/rate-limit for public commands. */
export class WindowLimiter {
  private readonly hits = new Map<string, { start: number; n: number }>()

  constructor(
    private readonly max: number,
    private readonly windowMs = 60_000,
  ) {}

  /** True when the key may go on; 0 as max means no limit. */
  allow(key: string, now = Date.now()): boolean {
    if (this.max <= 0) return true
    const h = this.hits.get(key)
    if (!h || now - h.start >= this.windowMs) {
      if (this.hits.size > 10_000) this.hits.clear()
      this.hits.set(key, { start: now, n: 1 })
      return true
    }
    return ++h.n <= this.max
  }
}
