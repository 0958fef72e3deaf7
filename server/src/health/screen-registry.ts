import type { ScreenKind, ScreenStatus } from '@luot/shared'

/** What the server learns about a socket's screen at the handshake, kept in the socket's data. */
export interface ScreenInfo {
  kind: ScreenKind
  id?: string | undefined
  device?: string | undefined
  address: string
  /** Browser clock minus server clock, from the handshake or the latest `screen:seen`. */
  clockAheadMs?: number | undefined
}

/** Citizens' pages: counted, not listed, never missed when they close. */
export const VISITOR_KINDS: ReadonlySet<ScreenKind> = new Set(['phone', 'widget'])

interface Entry extends ScreenInfo {
  key: string
  sockets: Set<string>
  connectedSince: number
  lastSeen: number
  goneAt?: number
  /** A 'screen' alert went out for this silence; cleared when the screen comes back. */
  alerted?: boolean
}

/** The same screen across reconnects: its kind, its id and the browser it runs in (else the socket itself). */
export const screenKey = (s: ScreenInfo, socketId: string): string => (s.device || s.id ? `${s.kind}:${s.id ?? ''}:${s.device ?? ''}` : `socket:${socketId}`)

/**
 * The screens of this process, online now or gone recently, with when each was last heard from.
 * Gone screens are forgotten after `forgetMs` (a day by default), and beyond `maxGone` the oldest
 * first (a page that makes up a new browser id at every connect cannot fill the memory);
 * visitors as soon as they close.
 */
export class ScreenRegistry {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly forgetMs = 24 * 3_600_000,
    private readonly maxGone = 500,
  ) {}

  connected(socketId: string, info: ScreenInfo, now: number): string {
    const key = screenKey(info, socketId)
    const e = this.entries.get(key)
    if (e && e.sockets.size > 0) {
      Object.assign(e, { ...info, lastSeen: now })
    } else {
      this.entries.set(key, { ...info, key, sockets: new Set(), connectedSince: now, lastSeen: now })
    }
    this.entries.get(key)!.sockets.add(socketId)
    return key
  }

  seen(key: string, now: number, clockAheadMs?: number): void {
    const e = this.entries.get(key)
    if (!e) return
    e.lastSeen = now
    if (clockAheadMs !== undefined) e.clockAheadMs = clockAheadMs
  }

  disconnected(key: string, socketId: string, now: number): void {
    const e = this.entries.get(key)
    if (!e) return
    e.sockets.delete(socketId)
    if (e.sockets.size > 0) return
    if (VISITOR_KINDS.has(e.kind) || key.startsWith('socket:')) this.entries.delete(key)
    else Object.assign(e, { goneAt: now, lastSeen: now, alerted: false })
  }

  /**
   * Screens silent for `silenceMs` counted from `countFrom` at the earliest (when the centre
   * opened: a night's silence is not an alarm) and not yet reported, oldest first.
   */
  silent(now: number, silenceMs: number, countFrom = 0): (ScreenStatus & { key: string })[] {
    this.prune(now)
    return [...this.entries.values()]
      .filter((e) => e.sockets.size === 0 && !e.alerted && e.goneAt !== undefined && now - Math.max(e.goneAt, countFrom) >= silenceMs)
      .sort((a, b) => a.lastSeen - b.lastSeen)
      .map((e) => ({ key: e.key, ...status(e) }))
  }

  markAlerted(key: string): void {
    const e = this.entries.get(key)
    if (e) e.alerted = true
  }

  /** Every screen but visitors, online first, then by kind and id. */
  list(now: number): ScreenStatus[] {
    this.prune(now)
    return [...this.entries.values()]
      .filter((e) => !VISITOR_KINDS.has(e.kind))
      .sort((a, b) => Number(b.sockets.size > 0) - Number(a.sockets.size > 0) || a.kind.localeCompare(b.kind) || (a.id ?? '').localeCompare(b.id ?? '', 'vi', { numeric: true }))
      .map(status)
  }

  /** Visitors (phones, widgets) online now. */
  visitors(): number {
    let n = 0
    for (const e of this.entries.values()) if (VISITOR_KINDS.has(e.kind)) n += e.sockets.size
    return n
  }

  private prune(now: number): void {
    const gone = [...this.entries.values()].filter((e) => e.sockets.size === 0).sort((a, b) => (b.goneAt ?? 0) - (a.goneAt ?? 0))
    gone.forEach((e, i) => {
      if (i >= this.maxGone || now - (e.goneAt ?? 0) > this.forgetMs) this.entries.delete(e.key)
    })
  }
}

function status(e: Entry): ScreenStatus {
  return {
    kind: e.kind,
    ...(e.id ? { id: e.id } : {}),
    ...(e.device ? { device: e.device } : {}),
    address: e.address,
    online: e.sockets.size > 0,
    connectedSince: new Date(e.connectedSince).toISOString(),
    lastSeen: new Date(e.lastSeen).toISOString(),
    ...(e.clockAheadMs !== undefined ? { clockAheadMs: e.clockAheadMs } : {}),
  }
}
