import { bareBroadcastLatency, callLatency } from './call-latency.js'
import { fsyncAppendsPerSecond, ticketsPerSecond } from './issue-throughput.js'
import { round } from './measure.js'
import { restartMs } from './restart-time.js'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../support/server-process.js'

/**
 * `npm run bench`: the server's figures beside the floor on this machine in the same run,
 * as medians, with the ratio of ours to the floor. Other benchmarks (bundle sizes, stats over a
 * year, kiosk and board timings in Chromium) run after these when their scripts exist.
 */
async function main(): Promise<void> {
  const rows: string[][] = [['measure', 'Lượt', 'floor', 'ratio']]
  const floorAppend = await fsyncAppendsPerSecond()
  // not counted: the first server run of a bench is slower whatever it holds (the bench client's JIT, the disk cache)
  await ticketsPerSecond(1_000, 'served', 1)
  const byDay = new Map<number, { perSecond: number; p99: number }>()
  for (const existing of [1_000, 10_000]) {
    const ours = await ticketsPerSecond(existing)
    byDay.set(existing, ours)
    const day = `day holding ${existing.toLocaleString('en')}`
    rows.push([`tickets/s, 8 kiosks over HTTP, acked after fsync, ${day}`, `${round(ours.perSecond, 0)}`, `${round(floorAppend, 0)} fsync-ed appends/s`, `${round(ours.perSecond / floorAppend)}`])
    rows.push([`p99 acknowledgement ms, ${day}`, `${round(ours.p99, 1)}`, '25 ms target', `${round(ours.p99 / 25)}`])
  }
  rows.push(['tickets/s on a 10,000-ticket day ÷ on a 1,000-ticket day', `${round(byDay.get(10_000)!.perSecond / byDay.get(1_000)!.perSecond)}`, '≥ 0.85 target', ''])
  // a stress no centre sees: 8,000 of the day's 10,000 tickets still waiting (the consoles get the whole list)
  const stress = await ticketsPerSecond(10_000, 'waiting')
  rows.push(['tickets/s, day holding 10,000 of which 8,000 waiting (stress)', `${round(stress.perSecond, 0)}`, `${round(byDay.get(10_000)!.perSecond, 0)} with under 200 waiting`, `${round(stress.perSecond / byDay.get(10_000)!.perSecond)}`])
  rows.push(['p99 acknowledgement ms, the same stress day', `${round(stress.p99, 1)}`, '25 ms target', `${round(stress.p99 / 25)}`])
  const emptyStart = await restartMs(0)
  const fullStart = await restartMs(10_000)
  rows.push(['restart ms after a clean stop (process start → /api/health answers), 10,000-ticket day', `${round(fullStart.clean, 0)}`, `${round(emptyStart.clean, 0)} empty day (target for both: < 1000)`, `${round(fullStart.clean / emptyStart.clean)}`])
  rows.push(['restart ms with no checkpoint at all (the whole journal replayed), 10,000-ticket day', `${round(fullStart.crash, 0)}`, `${round(emptyStart.crash, 0)} empty day`, `${round(fullStart.crash / emptyStart.crash)}`])
  for (const clients of [100, 500]) {
    const ours = await callLatency(clients)
    const floor = await bareBroadcastLatency(clients)
    rows.push([`call-next → the call at all ${clients} displays, p50 ms`, `${round(ours.p50)}`, `${round(floor.p50)} bare broadcast`, `${round(ours.p50 / floor.p50)}`])
    rows.push([`call-next → the call at all ${clients} displays, p99 ms`, `${round(ours.p99)}`, `${round(floor.p99)} bare broadcast`, `${round(ours.p99 / floor.p99)}`])
  }
  printTable(rows)
  for (const script of ['pg-processes.ts', 'stats-year.ts', 'province-year.ts', 'province-morning.ts', 'bundle-sizes.ts', 'kiosk-tap.ts', 'board-latency.ts', 'console-enter.ts']) {
    const path = join(ROOT, 'test/bench', script)
    if (!existsSync(path)) continue
    console.log(`\n--- ${script}`)
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=development', path], { stdio: 'inherit', env: { ...process.env, LUOT_E2E_BUILT: '1' } })
    if (r.status !== 0) throw new Error(`${script} failed`)
  }
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(`\n${line(rows[0]!)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of rows.slice(1)) console.log(line(r))
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
