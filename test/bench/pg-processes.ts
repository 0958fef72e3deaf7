import { io as connect, type Socket } from 'socket.io-client'
import type { QueueChange } from '@luot/shared'
import type { Service } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { adminClient } from '../support/busy-day.js'
import { startPgServers, takeTicket } from '../support/pg-servers.js'
import { testPostgres } from '../support/postgres.js'
import { PASSWORDS, startServer, type ServerProcess } from '../support/server-process.js'
import { percentile, round } from './measure.js'

const RUN_MS = 3000
const KIOSKS = 8
const DISPLAYS = 50
const CALLS = 40

/** 8 kiosks spread over the processes for RUN_MS: tickets a second and the p99 acknowledgement. */
async function issuing(servers: ServerProcess[]): Promise<{ perSecond: number; p99: number }> {
  const acks: number[] = []
  // spread over every service but the one the call benchmark uses (caps lifted: see uncap)
  const listed = (await new ApiClient(servers[0]!.url).get<{ id: string }[]>('/api/services')).body.data
  const services = listed.map((x) => x.id).filter((id) => id !== 'nong-nghiep-moi-truong')
  const end = Date.now() + RUN_MS
  const t0 = performance.now()
  let n = 0
  await Promise.all(
    Array.from({ length: KIOSKS }, async (_, k) => {
      while (Date.now() < end) {
        const t = performance.now()
        const r = await takeTicket(servers[k % servers.length]!.url, services[n++ % services.length]!)
        if (r.status !== 201) throw new Error(`issue failed: ${r.status} ${r.code}`)
        acks.push(performance.now() - t)
      }
    }),
  )
  return { perSecond: acks.length / ((performance.now() - t0) / 1000), p99: percentile(acks, 99) }
}

/** call-next through `clerkOn` → a call in `queue:changed` at all DISPLAYS sockets of `boardsOn`: p50 and p99 ms. */
async function callToDisplay(clerkOn: ServerProcess, boardsOn: ServerProcess): Promise<{ p50: number; p99: number }> {
  const sockets: Socket[] = Array.from({ length: DISPLAYS }, () => connect(boardsOn.url, { transports: ['websocket'], forceNew: true, reconnection: false }))
  await Promise.all(sockets.map((s) => new Promise((resolve) => s.once('queue:snapshot', resolve))))
  try {
    const clerk = new ApiClient(clerkOn.url)
    await clerk.login('clerk3', PASSWORDS.clerk)
    await clerk.post('/api/counters/c3/open')
    for (let i = 0; i < CALLS; i++) await takeTicket(clerkOn.url, 'nong-nghiep-moi-truong')
    const samples: number[] = []
    for (let i = 0; i < CALLS; i++) {
      const t0 = performance.now()
      const arrived = Promise.all(sockets.map((s) => new Promise<void>((resolve) => {
        const on = (c: QueueChange) => c.calls.length > 0 && (s.off('queue:changed', on), resolve())
        s.on('queue:changed', on)
      })))
      const r = await clerk.post('/api/counters/c3/call-next')
      if (r.status !== 200) throw new Error(`call-next failed: ${JSON.stringify(r.body)}`)
      await arrived
      samples.push(performance.now() - t0)
      await clerk.post('/api/counters/c3/finish', { outcome: 'tiep-nhan' })
    }
    return { p50: percentile(samples.slice(5), 50), p99: percentile(samples.slice(5), 99) }
  } finally {
    for (const s of sockets) s.close()
  }
}

/** Lifts the demo's daily caps (200 a service): at a thousand tickets a second a run takes more. Other processes hear of it by LISTEN. */
async function uncap(url: string): Promise<void> {
  const admin = await adminClient(url)
  for (const s of (await admin.get<{ services: Service[] }>('/api/admin/config')).body.data.services) {
    const r = await admin.request('PUT', `/api/admin/services/${s.id}`, { ...s, dailyCap: 0 })
    if (r.status !== 200) throw new Error(`uncap ${s.id}: ${r.status}`)
  }
  await new Promise((r) => setTimeout(r, 1000))
}

/** `npm run bench`, PostgreSQL part: two processes on one database beside one embedded process, in the same run. */
async function main(): Promise<void> {
  const embedded = await startServer({ built: true, startupMs: 90_000 })
  const pg = await testPostgres({ own: true })
  const servers = await startPgServers(await pg.newDatabase(), 2)
  try {
    await uncap(embedded.url)
    await uncap(servers[0]!.url)
    const one = await issuing([embedded])
    const two = await issuing(servers)
    const same = await callToDisplay(servers[0]!, servers[0]!)
    const across = await callToDisplay(servers[0]!, servers[1]!)
    const rows = [
      ['measure', 'PostgreSQL, 2 processes', 'embedded, 1 process', 'ratio'],
      ['tickets/s, 8 kiosks over HTTP', `${round(two.perSecond, 0)}`, `${round(one.perSecond, 0)}`, `${round(two.perSecond / one.perSecond)}`],
      ['p99 acknowledgement, ms', `${round(two.p99)}`, `${round(one.p99)}`, `${round(two.p99 / one.p99)}`],
      [`call → display, ${DISPLAYS} sockets, p50 ms (across vs same process)`, `${round(across.p50)}`, `${round(same.p50)}`, `${round(across.p50 / same.p50)}`],
      [`call → display, ${DISPLAYS} sockets, p99 ms (across vs same process)`, `${round(across.p99)}`, `${round(same.p99)}`, `${round(across.p99 / same.p99)}`],
    ]
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
    for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`)
  } finally {
    for (const s of [embedded, ...servers]) await s.stop()
    await pg.close()
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
