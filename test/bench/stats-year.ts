import { rm } from 'node:fs/promises'
import { buildApp } from '../../server/src/app.js'
import { loginAs } from '../support/test-app.js'
import { PASSWORDS, tempDataDir } from '../support/server-process.js'
import { benchConfig } from './seed-day.js'
import { median, round } from './measure.js'
import { generateYear } from './year-of-data.js'
import type { Config } from '../../server/src/domain/types.js'

const DAYS = Number(process.env.BENCH_DAYS ?? 300)
const PER_DAY = Number(process.env.BENCH_TICKETS_PER_DAY ?? 1000)

/** A provincial centre with 20 counters, each serving every area (its own area first): 1,000 visits a day fit in a working day. */
async function busyCentre(): Promise<Config> {
  const config = await benchConfig('http://127.0.0.1:3000')
  const ids = config.services.map((s) => s.id)
  config.counters = Array.from({ length: 20 }, (_, i) => ({ id: `c${i + 1}`, number: i + 1, name: { vi: `Quầy ${i + 1}`, en: `Counter ${i + 1}` }, serviceIds: [...ids.slice(i % ids.length), ...ids.slice(0, i % ids.length)] }))
  const template = config.users.find((u) => u.id === 'clerk1')!
  for (let i = 9; i <= 20; i++) config.users.push({ ...template, id: `clerk${i}`, username: `clerk${i}`, displayName: `Cán bộ ${i}`, counterId: `c${i}` })
  return config
}

/** Statistics over a year of history: server-side time of GET /api/stats, cold and warm, per grouping. */
async function main(): Promise<void> {
  const dataDir = await tempDataDir()
  try {
    const t0 = performance.now()
    const year = await generateYear(dataDir, await busyCentre(), DAYS, PER_DAY)
    console.log(`generated ${year.tickets.toLocaleString('en')} tickets over ${DAYS} days (${year.from} … ${year.to}) in ${round((performance.now() - t0) / 1000, 1)} s`)
    const app = await buildApp({ dataDir, passwords: PASSWORDS, serveApps: false, publicRateLimit: 0 })
    const cookie = await loginAs(app, 'manager')
    const rows: string[][] = [['GET /api/stats over the year', 'first (cold) ms', 'median of 10 ms', 'served', 'mean wait s']]
    for (const groupBy of ['service', 'counter', 'clerk', 'hour', 'day']) {
      const url = `/api/stats?from=${year.from}&to=${year.to}&groupBy=${groupBy}`
      const times: number[] = []
      let body: { data: { total: { served: number; wait: { mean: number } } } } | undefined
      for (let i = 0; i < 11; i++) {
        const t = performance.now()
        const res = await app.inject({ url, headers: { cookie } }) // in-process: no network in the figure
        times.push(performance.now() - t)
        body = res.json()
      }
      rows.push([`groupBy=${groupBy}`, `${round(times[0]!)}`, `${round(median(times.slice(1)))}`, `${body!.data.total.served}`, `${body!.data.total.wait.mean}`])
    }
    await app.close()
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
    for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`)
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
