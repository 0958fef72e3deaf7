import pg from 'pg'
import type { Service } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { takeTicket } from '../support/pg-servers.js'
import { testPostgres } from '../support/postgres.js'
import type { ServerProcess } from '../support/server-process.js'
import { percentile, round } from './measure.js'
import { callTickets, clerkAt, type CallSample, type CentreClerk } from './province-clerks.js'
import { openAll, Screen } from './province-screens.js'
import { importProvince, printTable, provinceProcess, rssMb, runBench } from './province-setup.js'

const KIOSKS = 20
const BOARDS = 5
const TICKETS = 1_000
/** Concurrent kiosk loops sending the burst (each waits for its ticket before the next). */
const SENDERS = 8
/** Centres where a clerk calls during the burst, and the calls each makes. */
const CALLING = 20
const CALLS = 5

/** PostgreSQL connections of the database: now, and the most seen while `sample` ran. */
async function connectionWatch(url: string): Promise<{ sample: () => Promise<{ total: number; active: number }>; stop: () => Promise<{ total: number; active: number }> }> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const sql = "SELECT count(*)::int AS total, (count(*) FILTER (WHERE state = 'active'))::int AS active FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
  const most = { total: 0, active: 0 }
  const sample = async () => {
    const { rows } = await client.query<{ total: number; active: number }>(sql)
    most.total = Math.max(most.total, rows[0]!.total)
    most.active = Math.max(most.active, rows[0]!.active)
    return rows[0]!
  }
  let running = true
  const loop = (async () => {
    while (running) {
      await sample()
      await new Promise((r) => setTimeout(r, 200))
    }
  })()
  return { sample, stop: async () => ((running = false), await loop, await client.end(), most) }
}

/** Waits until every centre answers on `base` (a process learns of centres from the directory); resolves with the ms it took. */
async function allCentresServed(base: string, slugs: string[]): Promise<number> {
  const t0 = performance.now()
  for (const slug of slugs) {
    for (let r = await fetch(`${base}/c/${slug}/api/services`); r.status !== 200; r = await fetch(`${base}/c/${slug}/api/services`)) {
      if (performance.now() - t0 > 60_000) throw new Error(`${slug} not served on ${base} within 60 s: ${r.status}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return performance.now() - t0
}

/**
 * `npm run bench`, province part: a province morning on real PostgreSQL and two real server
 * processes. 100 centres (one CSV import), 20 kiosks and 5 boards a centre over socket.io (half on
 * each process), a burst of 1,000 tickets across centres while clerks call at 20 of them.
 */
async function main(): Promise<void> {
  const pgServer = await testPostgres({ own: true })
  const servers: ServerProcess[] = []
  const screens: Screen[] = []
  try {
    const url = await pgServer.newDatabase()
    const first = await provinceProcess(url)
    servers.push(first.server)
    const { created, importMs } = await importProvince(first.server.url)
    const slugs = created.map((c) => c.centre.slug)
    const second = await provinceProcess(url)
    servers.push(second.server)
    const servedMs = await allCentresServed(second.server.url, slugs)
    await allCentresServed(first.server.url, slugs)
    const rssIdle = servers.map(rssMb)

    const clerks: CentreClerk[] = []
    for (const [c, entry] of created.slice(0, CALLING).entries()) clerks.push(await clerkAt(servers[0]!.url, servers[c % 2]!.url, c % 2, entry.centre.slug, entry.admin.password))
    const services = await Promise.all(slugs.map(async (slug) => (await new ApiClient(`${servers[0]!.url}/c/${slug}`).get<Service[]>('/api/services')).body.data.map((s) => s.id)))

    const boards = slugs.map((slug, c) => Array.from({ length: BOARDS }, (_, j) => new Screen(servers[(c + j) % 2]!.url, slug, 'board', undefined, (c + j) % 2)))
    const kiosks = slugs.flatMap((slug, c) => Array.from({ length: KIOSKS }, (_, j) => new Screen(servers[(c + j) % 2]!.url, slug, 'kiosk', `k${j + 1}`, (c + j) % 2)))
    screens.push(...boards.flat(), ...kiosks)
    let t0 = performance.now()
    await openAll(screens)
    const connectS = (performance.now() - t0) / 1000
    const rssSockets = servers.map(rssMb)

    const pgWatch = await connectionWatch(url)
    const idleConnections = await pgWatch.sample()
    const calling = clerks.map((clerk, c) => callTickets(clerk, boards[c]!, CALLS, Date.now() + 120_000))
    const acks: number[] = []
    let next = 0
    t0 = performance.now()
    await Promise.all(
      Array.from({ length: SENDERS }, async () => {
        for (let n = next++; n < TICKETS; n = next++) {
          const c = n % slugs.length
          const lap = Math.floor(n / slugs.length)
          const pool = c < CALLING ? clerks[c]!.serviceIds : services[c]!
          const t = performance.now()
          const r = await takeTicket(`${servers[(n + lap) % 2]!.url}/c/${slugs[c]}`, pool[lap % pool.length]!)
          if (r.status !== 201) throw new Error(`ticket ${n} at ${slugs[c]}: ${r.status} ${r.code}`)
          acks.push(performance.now() - t)
        }
      }),
    )
    const burstS = (performance.now() - t0) / 1000
    const samples: CallSample[] = (await Promise.all(calling)).flat()
    const connections = await pgWatch.stop()
    await new Promise((r) => setTimeout(r, 500))
    const rssAfter = servers.map(rssMb)
    const changes = kiosks.reduce((n, k) => n + k.changes, 0)

    const ms = (xs: number[], p: number) => `${round(percentile(xs, p), 1)}`
    const all = samples.map((s) => s.ms)
    const across = samples.filter((s) => s.across).map((s) => s.ms)
    const same = samples.filter((s) => !s.across).map((s) => s.ms)
    const mb = (xs: number[]) => xs.map((x) => `${round(x, 0)}`).join(' / ')
    printTable([
      ['province morning, 2 processes on PostgreSQL', 'Lượt', 'note'],
      ['centres (one CSV import), import ms', `${slugs.length}, ${round(importMs, 0)}`, 'POST /api/province/centres/import'],
      ['process start ms, empty province → /api/health', `${round(first.startMs, 0)}`, 'process A'],
      ['process start ms, 100 centres → /api/health', `${round(second.startMs, 0)}`, `process B; then every centre answering after ${round(servedMs, 0)} ms more`],
      [`screens connected (${KIOSKS} kiosks + ${BOARDS} boards a centre), s`, `${screens.length}, ${round(connectS, 1)}`, 'WebSocket only, 100 at a time, to the first snapshot'],
      [`tickets/s, ${TICKETS} tickets across ${slugs.length} centres`, `${round(TICKETS / burstS, 0)}`, `${SENDERS} kiosks sending at once (the 10-minute burst compressed to ${round(burstS, 1)} s), processes alternating`],
      ['p50 / p99 acknowledgement ms', `${ms(acks, 50)} / ${ms(acks, 99)}`, 'POST /c/{slug}/api/tickets with an Idempotency-Key'],
      [`call → board p50 / p99 ms, all (${all.length} arrivals)`, `${ms(all, 50)} / ${ms(all, 99)}`, `${CALLING} clerks × ${CALLS} calls × ${BOARDS} boards, during the burst`],
      ['call → board p50 / p99 ms, board on the other process', `${ms(across, 50)} / ${ms(across, 99)}`, `${across.length} arrivals`],
      ['call → board p50 / p99 ms, board on the same process', `${ms(same, 50)} / ${ms(same, 99)}`, `${same.length} arrivals`],
      ['queue:changed delivered to kiosks', `${changes.toLocaleString('en')}`, `${kiosks.length} kiosk sockets`],
      ['RSS MB per process (A / B), 100 centres idle', mb(rssIdle), '/proc/<pid>/status VmRSS'],
      ['RSS MB per process (A / B), screens connected', mb(rssSockets), `${screens.length / 2} sockets each`],
      ['RSS MB per process (A / B), after the burst', mb(rssAfter), ''],
      ['PostgreSQL connections, idle / most during the burst', `${idleConnections.total} / ${connections.total}`, `most active at once: ${connections.active} (pg_stat_activity)`],
    ])
  } finally {
    for (const s of screens) s.close()
    for (const s of servers) await s.stop()
    await pgServer.close()
  }
}

runBench(main)
