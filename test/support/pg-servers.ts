import { randomBytes } from 'node:crypto'
import { io as connect, type Socket } from 'socket.io-client'
import type { CallView, ClientToServerEvents, IssuedTicket, QueueChange, ServerToClientEvents } from '@luot/shared'
import { ApiClient } from './api-client.js'
import { startServer, type ServerProcess } from './server-process.js'

export type Display = Socket<ServerToClientEvents, ClientToServerEvents>

/**
 * Real server processes of one centre on one PostgreSQL database (`DATABASE_URL`), started one
 * after the other (the first creates the demo centre). Slow machines: generous start-up time.
 */
export async function startPgServers(databaseUrl: string, count: number, env: Record<string, string> = {}): Promise<ServerProcess[]> {
  const servers: ServerProcess[] = []
  for (let i = 0; i < count; i++) servers.push(await startPgServer(databaseUrl, env))
  return servers
}

export function startPgServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServer({ env: { DATABASE_URL: databaseUrl, LUOT_CENTRE: 'phuong-ben-thanh', ...env }, startupMs: 90_000 })
}

/** A kiosk taking a ticket over HTTP with its own Idempotency-Key, as the real kiosk does. */
export async function takeTicket(base: string, serviceId: string): Promise<{ status: number; code?: string; ticket?: IssuedTicket }> {
  const r = await new ApiClient(base).post<IssuedTicket>('/api/tickets', { serviceId }, { 'idempotency-key': randomBytes(12).toString('base64url') })
  return r.body.ok ? { status: r.status, ticket: r.body.data } : { status: r.status, code: r.body.error.code }
}

/** A socket.io client connected the way the apps connect: WebSocket only (a province's centre: its path `/c/{slug}/socket.io`). */
export function display(base: string, cookie?: string, path?: string): Display {
  return connect(base, { transports: ['websocket'], forceNew: true, ...(path ? { path } : {}), ...(cookie ? { extraHeaders: { cookie } } : {}) })
}

/** Numbers issued today for one service are 1…n with no gap and no duplicate. */
export function contiguous(numbers: string[]): boolean {
  const n = numbers.map((x) => Number(x.replace(/\D/g, ''))).sort((a, b) => a - b)
  return n.every((v, i) => i === 0 || v === n[i - 1]! + 1) && new Set(n).size === n.length
}

/** The next call a display is told of (a `queue:changed` that carries one). */
export function nextCall(board: Display, timeoutMs = 10_000): Promise<CallView> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no call within ${timeoutMs} ms`)), timeoutMs)
    const on = (change: QueueChange) => {
      if (!change.calls.length) return
      clearTimeout(timer)
      board.off('queue:changed', on)
      resolve(change.calls[0]!)
    }
    board.on('queue:changed', on)
  })
}
