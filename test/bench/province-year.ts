import pg from 'pg'
import type { ProvinceReport } from '@luot/shared'
import { PgStore } from '../../server/src/store/pg/pg-store.js'
import { testPostgres } from '../support/postgres.js'
import type { ServerProcess } from '../support/server-process.js'
import { percentile, round } from './measure.js'
import { busyCommune, sampleAggregates, workingDays, writeProvinceYear } from './province-aggregates.js'
import { importProvince, printTable, provinceClient, provinceProcess, runBench } from './province-setup.js'

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

/**
 * `npm run bench`, province part: a year of a generated province (100 centres made by the CSV
 * import, 300 closed days each of ~1,000 tickets: ~30 million tickets' worth of aggregates written
 * as day close writes them), then GET /api/province/report for the whole year on a real province
 * process, signed in as province-manager, over HTTP. Checks the report sums to what was written.
 */
async function main(): Promise<void> {
  const pgServer = await testPostgres({ own: true })
  let server: ServerProcess | undefined
  try {
    const url = await pgServer.newDatabase()
    server = (await provinceProcess(url)).server
    const { created, importMs } = await importProvince(server.url)
    const slugs = created.map((c) => c.centre.slug)
    const configStore = await PgStore.open(url, { centre: slugs[0]!, poolSize: 1 })
    const config = await configStore.readConfig()
    await configStore.close()
    if (!config) throw new Error(`no configuration stored for ${slugs[0]}`)
    const dates = workingDays(DAYS, config.centre.timeZone)
    let t0 = performance.now()
    const samples = sampleAggregates(busyCommune(config), SAMPLES)
    const simulateS = (performance.now() - t0) / 1000
    t0 = performance.now()
    const issued = await writeProvinceYear(url, slugs, samples, dates)
    const writeS = (performance.now() - t0) / 1000
    console.log(`${slugs.length} centres imported in ${round(importMs, 0)} ms; ${SAMPLES} days simulated in ${round(simulateS, 1)} s; ${(slugs.length * DAYS).toLocaleString('en')} aggregates (${issued.toLocaleString('en')} tickets, ${dates[0]} … ${dates.at(-1)}) written in ${round(writeS, 1)} s`)
    const sizeMb = await databaseMb(url)

    const manager = await provinceClient(server.url, 'manager')
    const path = `/api/province/report?from=${dates[0]}&to=${dates.at(-1)}`
    const times: number[] = []
    let report: ProvinceReport | undefined
    for (let i = 0; i <= RUNS; i++) {
      const t = performance.now()
      const r = await manager.get<ProvinceReport>(path)
      times.push(performance.now() - t)
      if (r.status !== 200) throw new Error(`report: ${r.status} ${JSON.stringify(r.body)}`)
      report = r.body.data
    }
    const perCentre = report!.centres.reduce((sum, c) => sum + c.stats.issued, 0)
    if (report!.centres.length !== slugs.length) throw new Error(`report lists ${report!.centres.length} centres, not ${slugs.length}`)
    if (report!.total.stats.issued !== issued || perCentre !== issued) throw new Error(`report sums to ${report!.total.stats.issued} (centres: ${perCentre}), written ${issued}`)
    const warm = times.slice(1)
    printTable([
      ['province report over a year', 'Lượt', 'target', 'ratio'],
      [`GET /api/province/report, ${slugs.length} centres × ${DAYS} days, first (cold) ms`, `${round(times[0]!, 0)}`, '', ''],
      [`GET /api/province/report, median of ${RUNS} ms`, `${round(percentile(warm, 50), 0)}`, '< 2000', `${round(percentile(warm, 50) / 2000)}`],
      [`GET /api/province/report, p90 of ${RUNS} ms`, `${round(percentile(warm, 90), 0)}`, '< 2000', `${round(percentile(warm, 90) / 2000)}`],
      ['tickets summed by the report = tickets written', `${report!.total.stats.issued.toLocaleString('en')}`, `${issued.toLocaleString('en')}`, `${round(report!.total.stats.issued / issued)}`],
      ['PostgreSQL database size MB (pg_database_size)', `${round(sizeMb, 0)}`, '', ''],
      ['POST /api/province/centres/import, 100 lines, ms', `${round(importMs, 0)}`, '', ''],
    ])
  } finally {
    await server?.stop()
    await pgServer.close()
  }
}

runBench(main)
