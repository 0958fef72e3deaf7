import pg from 'pg'
import type { ProvinceReport } from '@luot/shared'
import { PgStore } from '../../server/src/store/pg/pg-store.js'
import type { ApiClient } from '../support/api-client.js'
import { testPostgres } from '../support/postgres.js'
import { percentile, round } from './measure.js'
import { busyCommune, sampleAggregates, workingDays, writeProvinceYear } from './province-aggregates.js'
import { provinceClient } from '../support/province.js'
import { importProvince, onStop, printTable, progress, provinceProcess, runBench, stopProcess } from './province-setup.js'

const DAYS = Number(process.env.BENCH_PROVINCE_DAYS ?? 300)
/** Different simulated days the year is made of (each ~0.15 s to simulate). */
const SAMPLES = Number(process.env.BENCH_PROVINCE_SAMPLES ?? 120)
const RUNS = 7

async function databaseMb(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ size: string }>('SELECT pg_database_size(current_database()) AS size')
    return Number(rows[0]!.size) / 1024 / 1024
  } finally {
    await client.end()
  }
}

/** The first and last day of the whole calendar months inside the written days. */
function wholeMonths(dates: string[]): { from: string; to: string } {
  const first = new Date(`${dates[0]!.slice(0, 7)}-01T00:00:00Z`)
  if (!dates[0]!.endsWith('-01')) first.setUTCMonth(first.getUTCMonth() + 1)
  const last = new Date(`${dates.at(-1)!.slice(0, 7)}-01T00:00:00Z`)
  last.setUTCMonth(last.getUTCMonth() + 1)
  last.setUTCDate(0)
  if (last.toISOString().slice(0, 10) !== dates.at(-1)) last.setUTCDate(0)
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) }
}

interface Timed {
  from: string
  to: string
  cold: number
  median: number
  p90: number
  report: ProvinceReport
}

/** GET /api/province/report over HTTP: the first (cold) answer, then the median and p90 of RUNS more. */
async function timeReport(manager: ApiClient, from: string, to: string): Promise<Timed> {
  const times: number[] = []
  let report: ProvinceReport | undefined
  for (let i = 0; i <= RUNS; i++) {
    const t = performance.now()
    const r = await manager.get<ProvinceReport>(`/api/province/report?from=${from}&to=${to}`)
    times.push(performance.now() - t)
    if (r.status !== 200) throw new Error(`report ${from} … ${to}: ${r.status} ${JSON.stringify(r.body)}`)
    report = r.body.data
  }
  const warm = times.slice(1)
  return { from, to, cold: times[0]!, median: percentile(warm, 50), p90: percentile(warm, 90), report: report! }
}

/** The report lists every centre and sums, per centre and in total, to the tickets written in its range. */
function checkSums(t: Timed, centres: number, issued: Map<string, number>): number {
  const written = [...issued].reduce((n, [date, count]) => (date >= t.from && date <= t.to ? n + count : n), 0)
  const perCentre = t.report.centres.reduce((sum, c) => sum + c.stats.issued, 0)
  if (t.report.centres.length !== centres) throw new Error(`report lists ${t.report.centres.length} centres, not ${centres}`)
  if (t.report.total.stats.issued !== written || perCentre !== written) throw new Error(`report ${t.from} … ${t.to} sums to ${t.report.total.stats.issued} (centres: ${perCentre}), written ${written}`)
  return written
}

/**
 * `npm run bench`, province part: a year of a generated province (100 centres made by the CSV
 * import, 300 closed days each of ~1,000 tickets: ~30 million tickets' worth of aggregates written
 * as day close writes them), then GET /api/province/report for the whole year on a real province
 * process, signed in as province-manager, over HTTP. Checks the report sums to what was written.
 */
async function main(): Promise<void> {
  const pgServer = await testPostgres({ own: true })
  onStop(() => pgServer.close())
  const url = await pgServer.newDatabase()
  const { server } = await provinceProcess(url)
  onStop(() => stopProcess(server))
  const { created, importMs } = await importProvince(server.url)
  const slugs = created.map((c) => c.centre.slug)
  const configStore = await PgStore.open(url, { centre: slugs[0]!, poolSize: 1 })
  const config = await configStore.readConfig()
  await configStore.close()
  if (!config) throw new Error(`no configuration stored for ${slugs[0]}`)
  const dates = workingDays(DAYS, config.centre.timeZone)
  progress(`${slugs.length} centres imported in ${round(importMs, 0)} ms; simulating ${SAMPLES} days`)
  let t0 = performance.now()
  const samples = sampleAggregates(busyCommune(config), SAMPLES)
  const simulateS = (performance.now() - t0) / 1000
  progress(`writing ${(slugs.length * DAYS).toLocaleString('en')} day aggregates and their month roll-ups`)
  t0 = performance.now()
  const issued = await writeProvinceYear(url, slugs, samples, dates)
  const writeS = (performance.now() - t0) / 1000
  progress(`${SAMPLES} days simulated in ${round(simulateS, 1)} s; ${(slugs.length * DAYS).toLocaleString('en')} day aggregates (${dates[0]} … ${dates.at(-1)}) written in ${round(writeS, 1)} s`)
  const sizeMb = await databaseMb(url)

  const manager = await provinceClient(server.url, 'manager')
  const whole = wholeMonths(dates)
  const rows = [['province report over a year', 'Lượt', 'target', 'ratio']]
  for (const [what, range] of [[`the ${DAYS} days written`, { from: dates[0]!, to: dates.at(-1)! }], ['whole months only', whole]] as const) {
    const t = await timeReport(manager, range.from, range.to)
    const written = checkSums(t, slugs.length, issued)
    rows.push([`GET /api/province/report, ${slugs.length} centres, ${t.from} … ${t.to} (${what}), first (cold) ms`, `${round(t.cold, 0)}`, '', ''])
    rows.push([`  the same, median of ${RUNS} ms`, `${round(t.median, 0)}`, '< 2000', `${round(t.median / 2000)}`])
    rows.push([`  the same, p90 of ${RUNS} ms`, `${round(t.p90, 0)}`, '< 2000', `${round(t.p90 / 2000)}`])
    rows.push([`  tickets the report sums to = tickets written in the range`, `${t.report.total.stats.issued.toLocaleString('en')}`, `${written.toLocaleString('en')}`, `${round(t.report.total.stats.issued / written)}`])
  }
  rows.push(['PostgreSQL database size MB (pg_database_size)', `${round(sizeMb, 0)}`, '', ''])
  rows.push([`POST /api/province/centres/import, ${slugs.length} lines, ms`, `${round(importMs, 0)}`, '', ''])
  printTable(rows)
}

runBench(main)
