import { loadavg } from 'node:os'
import pg from 'pg'
import type { Service } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { takeTicket } from '../support/pg-servers.js'
import { testPostgres } from '../support/postgres.js'
import type { ServerProcess } from '../support/server-process.js'
import { percentile, round } from './measure.js'
import { callTickets, clerkAt, type CallSample, type CentreClerk } from './province-clerks.js'
import { openAll, Screen } from './province-screens.js'
import { cpuMs, importProvince, onStop, printTable, progress, provinceProcess, rssMb, runBench, stopProcess } from './province-setup.js'

const KIOSKS = 20
const BOARDS = 5
const TICKETS = 1_000
/** Tickets sent before any screen connects: the same burst's figures with nobody to tell (and the processes warmed up). */
const WARM_UP = 200
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

/** Waits until every centre answers on `server` (a process learns of centres from the directory); resolves with the ms it took. */
async function allCentresServed(server: ServerProcess, slugs: string[]): Promise<number> {
  const t0 = performance.now()
  for (const slug of slugs) {
    for (let r = await fetch(`${server.url}/c/${slug}/api/services`); r.status !== 200; r = await fetch(`${server.url}/c/${slug}/api/services`)) {
      if (performance.now() - t0 > 60_000) throw new Error(`${slug} not served on ${server.url} within 60 s: ${r.status}\n${server.output().slice(-3000)}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return performance.now() - t0
}

interface Burst {
  perSecond: number
  seconds: number
  acks: number[]
  /** Both processes' CPU time over the burst, a ticket (contention on a shared machine does not inflate it as it does times). */
  cpuMsPerTicket: number
}

/** Tickets `from` … `to` - 1 across the centres (ticket n at centre n mod centres), SENDERS kiosks at once, the processes alternating. */
async function burst(servers: ServerProcess[], slugs: string[], pools: string[][], from: number, to: number): Promise<Burst> {
  const acks: number[] = []
  let next = from
  const cpu0 = servers.reduce((n, s) => n + cpuMs(s), 0)
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      for (let n = next++; n < to; n = next++) {
        const c = n % slugs.length
        const lap = Math.floor(n / slugs.length)
        const t = performance.now()
        const r = await takeTicket(`${servers[(n + lap) % 2]!.url}/c/${slugs[c]}`, pools[c]![lap % pools[c]!.length]!)
        if (r.status !== 201) throw new Error(`ticket ${n} at ${slugs[c]}: ${r.status} ${r.code}`)
        acks.push(performance.now() - t)
      }
    }),
  )
  const seconds = (performance.now() - t0) / 1000
  return { perSecond: (to - from) / seconds, seconds, acks, cpuMsPerTicket: (servers.reduce((n, s) => n + cpuMs(s), 0) - cpu0) / (to - from) }
}

/** Each process's CPU use while nothing is asked of it, in % of one core, over `ms`. */
async function idleCpu(servers: ServerProcess[], ms = 10_000): Promise<number[]> {
  const before = servers.map(cpuMs)
  await new Promise((r) => setTimeout(r, ms))
  return servers.map((s, i) => ((cpuMs(s) - before[i]!) / ms) * 100)
}

/**
 * `npm run bench`, province part: a province morning on real PostgreSQL and two real server
 * processes. 100 centres (one CSV import), 20 kiosks and 5 boards a centre over socket.io (half on
 * each process), a burst of 1,000 tickets across centres while clerks call at 20 of them.
 */
async function main(): Promise<void> {
  const pgServer = await testPostgres({ own: true })
  onStop(() => pgServer.close())
  const servers: ServerProcess[] = []
  const screens: Screen[] = []
  const url = await pgServer.newDatabase()
  const first = await provinceProcess(url)
  servers.push(first.server)
  onStop(() => stopProcess(first.server))
  const rssEmpty = rssMb(first.server)
  progress(`process A started in ${round(first.startMs, 0)} ms`)
  const { created, importMs } = await importProvince(first.server.url)
  const slugs = created.map((c) => c.centre.slug)
  progress(`${slugs.length} centres imported`)
  const second = await provinceProcess(url)
  servers.push(second.server)
  onStop(() => stopProcess(second.server))
  const servedMs = await allCentresServed(second.server, slugs)
  await allCentresServed(first.server, slugs)
  const rssIdle = servers.map(rssMb)
  const cpuIdle = await idleCpu(servers)
  progress(`process B started in ${round(second.startMs, 0)} ms; every centre answering on both`)

  const clerks: CentreClerk[] = []
  for (const [c, entry] of created.slice(0, CALLING).entries()) clerks.push(await clerkAt(servers[0]!.url, servers[c % 2]!.url, c % 2, entry.centre.slug, entry.admin.password))
  const services = await Promise.all(slugs.map(async (slug) => (await new ApiClient(`${servers[0]!.url}/c/${slug}`).get<Service[]>('/api/services')).body.data.map((s) => s.id)))
  // at the clerks' centres every ticket is for a service of the clerk's counter, so each can be called there
  const pools = services.map((ids, c) => clerks[c]?.serviceIds ?? ids)
  const bare = await burst(servers, slugs, pools, 0, WARM_UP)

  const boards = slugs.map((slug, c) => Array.from({ length: BOARDS }, (_, j) => new Screen(servers[(c + j) % 2]!.url, slug, 'board', undefined, (c + j) % 2)))
  const kiosks = slugs.flatMap((slug, c) => Array.from({ length: KIOSKS }, (_, j) => new Screen(servers[(c + j) % 2]!.url, slug, 'kiosk', `k${j + 1}`, (c + j) % 2)))
  screens.push(...boards.flat(), ...kiosks)
  onStop(async () => screens.forEach((s) => s.close()))
  progress(`${clerks.length} clerks at their counters; connecting ${screens.length} screens`)
  const t0 = performance.now()
  await openAll(screens)
  const connectS = (performance.now() - t0) / 1000
  const rssSockets = servers.map(rssMb)
  const cpuScreens = await idleCpu(servers)
  progress(`screens connected in ${round(connectS, 1)} s; the burst`)

  const pgWatch = await connectionWatch(url)
  const idleConnections = await pgWatch.sample()
  const calling = clerks.map((clerk, c) => callTickets(clerk, boards[c]!, CALLS, Date.now() + 120_000))
  const morning = await burst(servers, slugs, pools, WARM_UP, WARM_UP + TICKETS)
  const load = loadavg()[0]!
  const samples: CallSample[] = (await Promise.all(calling)).flat()
  const connections = await pgWatch.stop()
  await new Promise((r) => setTimeout(r, 500))
  const rssAfter = servers.map(rssMb)
  const changes = kiosks.reduce((n, k) => n + k.changes, 0)
  for (const s of screens) s.close()
  const stopMs = [await stopProcess(first.server), await stopProcess(second.server)]

  const ms = (xs: number[], p: number) => `${round(percentile(xs, p), 1)}`
  const all = samples.map((s) => s.ms)
  const across = samples.filter((s) => s.across).map((s) => s.ms)
  const same = samples.filter((s) => !s.across).map((s) => s.ms)
  const idleMs = (percents: number[]) => percents.reduce((a, b) => a + b, 0) * 10 // ms of CPU a second
  const mb = (xs: number[]) => xs.map((x) => `${round(x, 0)}`).join(' / ')
  const stopped = stopMs.map((x) => (x === null ? 'killed after 15 s' : `${round(x, 0)}`)).join(' / ')
  printTable([
    ['province morning, 2 processes on PostgreSQL', 'Lượt', 'beside it', 'note'],
    ['centres (one CSV import), import ms', `${slugs.length}, ${round(importMs, 0)}`, '', 'POST /api/province/centres/import'],
    ['process start ms → /api/health, with 100 centres', `${round(second.startMs, 0)}`, `${round(first.startMs, 0)} empty province`, `then every centre answering after ${round(servedMs, 0)} ms more`],
    [`screens connected (${KIOSKS} kiosks + ${BOARDS} boards a centre), s`, `${screens.length}, ${round(connectS, 1)}`, '', 'WebSocket only, 100 at a time, each to its first snapshot'],
    [`tickets/s, ${TICKETS} across ${slugs.length} centres, screens connected`, `${round(morning.perSecond, 0)}`, `${round(bare.perSecond, 0)} with no screen (${WARM_UP} tickets)`, `${SENDERS} kiosks sending at once: the 10-minute burst in ${round(morning.seconds, 1)} s; processes alternating`],
    ['p50 / p99 acknowledgement ms', `${ms(morning.acks, 50)} / ${ms(morning.acks, 99)}`, `${ms(bare.acks, 50)} / ${ms(bare.acks, 99)} with no screen`, 'POST /c/{slug}/api/tickets with an Idempotency-Key'],
    ['server CPU ms a ticket (both processes)', `${round(morning.cpuMsPerTicket, 1)}`, `${round(bare.cpuMsPerTicket, 1)} with no screen`, `/proc/<pid>/stat; ${round(morning.cpuMsPerTicket - (idleMs(cpuScreens) * morning.seconds) / TICKETS, 1)} net of the idle use below`],
    [`call → board p50 / p99 ms (${all.length} arrivals)`, `${ms(all, 50)} / ${ms(all, 99)}`, '', `${CALLING} clerks × ${CALLS} calls × ${BOARDS} boards, during the burst`],
    ['call → board p50 / p99 ms, board on the other process', `${ms(across, 50)} / ${ms(across, 99)}`, `${ms(same, 50)} / ${ms(same, 99)} same process`, `${across.length} / ${same.length} arrivals`],
    ['queue:changed delivered to kiosks', `${changes.toLocaleString('en')}`, '', `${kiosks.length} kiosk sockets`],
    ['RSS MB per process (A / B), screens connected', mb(rssSockets), `${mb(rssIdle)} before; A with no centre: ${round(rssEmpty, 0)}`, `/proc/<pid>/status VmRSS; ${screens.length / 2} sockets each`],
    ['RSS MB per process (A / B), after the burst', mb(rssAfter), '', ''],
    ['CPU % of a core per process (A / B), idle: screens connected', mb(cpuScreens), `${mb(cpuIdle)} before`, '100 centres\' timers, 1,250 sockets\' heartbeats'],
    ['load average (1 min) at the end of the burst', `${round(load, 1)}`, '', 'the machine has 2 cores, shared with other work'],
    ['clean stop ms (SIGTERM → exit), A / B', stopped, '', 'screens closed first'],
    ['PostgreSQL connections, most during the burst', `${connections.total}`, `${idleConnections.total} before`, `most active at once: ${connections.active} (pg_stat_activity)`],
  ])
}

runBench(main)
