import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { io as connect, type Socket } from 'socket.io-client'
import { ApiClient } from '../support/api-client.js'
import { freePort, PASSWORDS, ROOT, startServer } from '../support/server-process.js'
import { percentile } from './measure.js'

const CALLS = 60

export interface Latency {
  p50: number
  p99: number
}

async function connectAll(url: string, n: number): Promise<Socket[]> {
  const sockets = Array.from({ length: n }, () => connect(url, { transports: ['websocket'], forceNew: true, reconnection: false }))
  await Promise.all(sockets.map((s) => new Promise<void>((resolve, reject) => (s.connected ? resolve() : (s.once('connect', () => resolve()), s.once('connect_error', reject))))))
  return sockets
}

type Payload = { calls?: unknown[] }
const withCall = (payload: Payload): boolean => (payload.calls?.length ?? 0) > 0

/** Milliseconds from sending `trigger` until every one of the sockets has the event `name` (one that `accept`s). */
async function timeToAll(sockets: Socket[], name: string, trigger: () => Promise<void>, accept: (payload: Payload) => boolean = () => true): Promise<number> {
  const t0 = performance.now()
  const arrived = Promise.all(
    sockets.map(
      (s) =>
        new Promise<void>((resolve) => {
          const on = (payload: Payload) => {
            if (!accept(payload)) return
            s.off(name, on)
            resolve()
          }
          s.on(name, on)
        }),
    ),
  )
  await trigger()
  await arrived
  return performance.now() - t0
}

const summary = (samples: number[]): Latency => ({ p50: percentile(samples, 50), p99: percentile(samples, 99) })

/** call-next over HTTP → the call (in `queue:changed`) at every one of `clients` display sockets. */
export async function callLatency(clients: number): Promise<Latency> {
  const server = await startServer({ built: true })
  const sockets = await connectAll(server.url, clients)
  try {
    const clerk = new ApiClient(server.url)
    await clerk.login('clerk1', PASSWORDS.clerk)
    await clerk.post('/api/counters/c1/open')
    for (let i = 0; i < CALLS; i++) await clerk.post('/api/tickets', { serviceId: i % 2 ? 'tu-phap-ho-tich' : 'chung-thuc' })
    const samples: number[] = []
    for (let i = 0; i < CALLS; i++) {
      samples.push(
        await timeToAll(
          sockets,
          'queue:changed',
          async () => {
            const r = await clerk.post('/api/counters/c1/call-next')
            if (r.status !== 200) throw new Error(`call-next failed: ${JSON.stringify(r.body)}`)
          },
          withCall,
        ),
      )
      // the finish's own update reaches every screen before the next call is timed, as nothing precedes a bare broadcast
      await timeToAll(sockets, 'queue:changed', async () => void (await clerk.post('/api/counters/c1/finish', { outcome: 'tiep-nhan' })))
    }
    return summary(samples.slice(5)) // the first calls warm the JIT
  } finally {
    for (const s of sockets) s.close()
    await server.stop()
  }
}

/** The floor: an HTTP request that makes a bare socket.io server broadcast to the same number of clients. */
export async function bareBroadcastLatency(clients: number): Promise<Latency> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/bench/bare-broadcast-server.ts')], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  const sockets = await connectAll(url, clients)
  try {
    const samples: number[] = []
    for (let i = 0; i < CALLS; i++) samples.push(await timeToAll(sockets, 'ticket:called', async () => void (await (await fetch(`${url}/emit`, { method: 'POST' })).arrayBuffer())))
    return summary(samples.slice(5))
  } finally {
    for (const s of sockets) s.close()
    child.kill()
  }
}
