import { randomBytes } from 'node:crypto'
import { io as connect, type Socket } from 'socket.io-client'
import type { ClientToServerEvents, QueueChange, ServerToClientEvents } from '@luot/shared'

type ScreenSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/** One kiosk or hall board of a centre, connected as the apps connect (WebSocket only, saying what screen it is). */
export class Screen {
  readonly socket: ScreenSocket
  /** When each call (by ticket id) first reached this screen, performance.now() ms. */
  private readonly calls = new Map<string, number>()
  private readonly waiting = new Map<string, () => void>()
  changes = 0

  constructor(
    base: string,
    slug: string,
    kind: 'kiosk' | 'board',
    id: string | undefined,
    /** Which server process (index) this screen is connected to. */
    readonly process: number,
  ) {
    const auth = { kind, ...(id ? { id } : {}), device: randomBytes(8).toString('hex'), clock: Date.now() }
    this.socket = connect(base, { path: `/c/${slug}/socket.io`, transports: ['websocket'], forceNew: true, reconnection: false, autoConnect: false, auth })
    this.socket.on('queue:changed', (change: QueueChange) => {
      this.changes++
      const at = performance.now()
      for (const call of change.calls) {
        if (this.calls.has(call.ticketId)) continue
        this.calls.set(call.ticketId, at)
        this.waiting.get(call.ticketId)?.()
      }
    })
  }

  /** Connects and resolves at the first snapshot (what a screen draws first). */
  open(timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no snapshot within 30 s')), timeoutMs)
      this.socket.once('queue:snapshot', () => (clearTimeout(timer), resolve()))
      this.socket.once('connect_error', (err) => (clearTimeout(timer), reject(err)))
      this.socket.connect()
    })
  }

  /** When the call of `ticketId` reached this screen (performance.now() ms), waiting for it at most `timeoutMs`. */
  callArrival(ticketId: string, timeoutMs = 10_000): Promise<number> {
    const seen = this.calls.get(ticketId)
    if (seen !== undefined) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`call of ${ticketId} not on a board within ${timeoutMs} ms`)), timeoutMs)
      this.waiting.set(ticketId, () => {
        clearTimeout(timer)
        this.waiting.delete(ticketId)
        resolve(this.calls.get(ticketId)!)
      })
    })
  }

  close(): void {
    this.socket.close()
  }
}

/** Opens screens `batch` at a time (a province's screens come up over minutes, not in one instant). */
export async function openAll(screens: Screen[], batch = 100): Promise<void> {
  for (let i = 0; i < screens.length; i += batch) await Promise.all(screens.slice(i, i + batch).map((s) => s.open()))
}
