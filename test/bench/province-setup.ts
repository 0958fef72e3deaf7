import { readFileSync } from 'node:fs'
import type { CentreCreated, CentreImported } from '@luot/shared'
import { provinceClient, startProvinceServer } from '../support/province.js'
import type { ServerProcess } from '../support/server-process.js'
import { round } from './measure.js'
import { centresCsv, provinceCentres } from './province-communes.js'

/** A real province server process (`LUOT_PROVINCE=1`) on `databaseUrl`, and the milliseconds from spawn to /api/health answering. */
export async function provinceProcess(databaseUrl: string): Promise<{ server: ServerProcess; startMs: number }> {
  const t0 = performance.now()
  const server = await startProvinceServer(databaseUrl, { LUOT_PROVINCE_NAME: 'Thành phố Hà Nội' })
  return { server, startMs: performance.now() - t0 }
}

/** Stops a server with SIGTERM, and with SIGKILL if it has not exited within `graceMs`; resolves with the ms the SIGTERM took, or null when it had to be killed. */
export async function stopProcess(server: ServerProcess, graceMs = 15_000): Promise<number | null> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return 0
  const t0 = performance.now()
  const stopped = server.stop()
  const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), graceMs).unref())
  if ((await Promise.race([stopped, timer])) !== 'late') return performance.now() - t0
  await server.stop('SIGKILL')
  return null
}

/** The 100 centres made by one CSV import, as the province admin does it; resolves with each centre and its admin password, and the import's milliseconds. */
export async function importProvince(base: string): Promise<{ created: CentreCreated[]; importMs: number }> {
  const admin = await provinceClient(base, 'admin')
  const t0 = performance.now()
  const r = await admin.post<CentreImported>('/api/province/centres/import', { csv: centresCsv(provinceCentres()) })
  if (r.status !== 200 && r.status !== 201) throw new Error(`import: ${r.status} ${JSON.stringify(r.body)}`)
  return { created: r.body.data.created, importMs: performance.now() - t0 }
}

/** A process's resident memory in MB, from /proc (Linux). */
export function rssMb(server: ServerProcess): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
  return kb / 1024
}

/** CPU time a process has used so far, ms (utime + stime from /proc/<pid>/stat, at the usual 100 ticks a second). */
export function cpuMs(server: ServerProcess): number {
  const fields = readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** Prints rows as a Markdown table, as run.ts does. */
export function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(`\n${line(rows[0]!)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of rows.slice(1)) console.log(line(r))
}

const cleanups: (() => Promise<unknown>)[] = []

/** Registers what a bench must stop (server processes, the PostgreSQL cluster), newest first, even when it is killed or stuck. */
export function onStop(cleanup: () => Promise<unknown>): void {
  cleanups.unshift(cleanup)
}

async function stopAll(): Promise<void> {
  for (const c of cleanups.splice(0)) await c().catch((err: unknown) => console.error(err))
}

/** Prints how far a bench is, with the seconds since it started (these benches take minutes). */
export function progress(what: string): void {
  console.log(`  [${round((performance.now() - started) / 1000, 1)} s] ${what}`)
}
const started = performance.now()

/**
 * Runs a bench's main and exits with its status, having stopped everything registered with onStop:
 * also on SIGINT/SIGTERM and when it has not finished within `limitMs` (a stuck await would leave
 * servers and PostgreSQL running).
 */
export function runBench(main: () => Promise<void>, limitMs = 20 * 60_000): void {
  const fail = (why: unknown) => {
    console.error(why)
    void stopAll().then(() => process.exit(1))
  }
  process.once('SIGINT', () => fail('interrupted'))
  process.once('SIGTERM', () => fail('terminated'))
  setTimeout(() => fail(new Error(`not done within ${limitMs / 60_000} min`)), limitMs).unref()
  main().then(
    () => stopAll().then(() => process.exit(0)),
    fail,
  )
}
