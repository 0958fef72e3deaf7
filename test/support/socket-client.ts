import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { io as connect, type Socket } from 'socket.io-client'
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '@luot/shared'
import type { BuildOptions } from '../../server/src/app.js'
import { testApp } from './test-app.js'

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>

/** A real socket.io client over WebSocket, with the given cookie and Origin headers (as a browser would send them). */
export function socketClient(url: string, headers: Record<string, string> = {}): TestClient {
  return connect(url, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: headers })
}

/** The next event of that name, or a rejection after `timeoutMs`. */
export function nextEvent<E extends keyof ServerToClientEvents>(c: TestClient, event: E, timeoutMs = 3000): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${String(event)} within ${timeoutMs} ms`)), timeoutMs)
    c.once(event as 'queue:snapshot', ((payload: unknown) => {
      clearTimeout(timer)
      resolve(payload as never)
    }) as never)
  })
}

/** Resolves once connected, rejects with the server's refusal (connect_error). */
export function connected(c: TestClient): Promise<void> {
  return new Promise((resolve, reject) => {
    c.once('connect', () => resolve())
    c.once('connect_error', (err) => reject(err))
  })
}

/** Emits a command and resolves with its Ack. */
export const emitAck = <T>(c: TestClient, event: keyof ClientToServerEvents, body: unknown): Promise<Ack<T>> =>
  new Promise((resolve) => (c.emit as (e: string, b: unknown, ack: (r: Ack<T>) => void) => void)(event, body, resolve))

/** The production app listening on a free port of 127.0.0.1, for real socket.io clients and fetch. */
export async function listeningApp(opts: BuildOptions = {}): Promise<{ app: FastifyInstance; url: string; port: number }> {
  const { app } = await testApp(opts)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as AddressInfo).port
  return { app, url: `http://127.0.0.1:${port}`, port }
}

/** Closes the clients, then the app: what every socket test's afterAll does. */
export async function closeAll(app: FastifyInstance | undefined, clients: TestClient[]): Promise<void> {
  for (const c of clients.splice(0)) c.close()
  await app?.close()
}

/**
 * A staff console (signed in with `cookie`) and a public board, both connected, the console's staff
 * snapshot received (its session's rooms are joined by then); both added to `clients` for closeAll.
 */
export async function staffAndBoard(url: string, cookie: string, clients: TestClient[]): Promise<{ clerk: TestClient; board: TestClient }> {
  const clerk = socketClient(url, { cookie })
  const board = socketClient(url)
  clients.push(clerk, board)
  const snapshot = nextEvent(clerk, 'queue:snapshot')
  await Promise.all([connected(clerk), connected(board)])
  if (!('me' in (await snapshot))) throw new Error('the console got a public snapshot, not a staff one')
  return { clerk, board }
}
