import { readFileSync } from 'node:fs'
import type { CentreCreated, CentreImported } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import { startServer, type ServerProcess } from '../support/server-process.js'
import { centresCsv, provinceCentres } from './province-communes.js'

/** The province accounts' passwords in the benches. */
export const BENCH_PROVINCE_PASSWORDS = { admin: 'province-admin-pass-123', manager: 'province-manager-pass-123' }

/** A real province server process (`LUOT_PROVINCE=1`) on `databaseUrl`, and the milliseconds from spawn to /api/health answering. */
export async function provinceProcess(databaseUrl: string): Promise<{ server: ServerProcess; startMs: number }> {
  const t0 = performance.now()
  const server = await startServer({
    env: { DATABASE_URL: databaseUrl, LUOT_PROVINCE: '1', LUOT_PROVINCE_ADMIN_PASSWORD: BENCH_PROVINCE_PASSWORDS.admin, LUOT_PROVINCE_MANAGER_PASSWORD: BENCH_PROVINCE_PASSWORDS.manager },
    startupMs: 120_000,
  })
  return { server, startMs: performance.now() - t0 }
}

/** A client signed in to the province API as `province-admin` or `province-manager`. */
export async function provinceClient(base: string, who: 'admin' | 'manager'): Promise<ApiClient> {
  const client = new ApiClient(base)
  const r = await client.post('/api/province/login', { username: `province-${who}`, password: BENCH_PROVINCE_PASSWORDS[who] })
  if (r.status !== 200) throw new Error(`province login ${who}: ${r.status} ${JSON.stringify(r.body)}`)
  return client
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

/** Prints rows as a Markdown table, as run.ts does. */
export function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(`\n${line(rows[0]!)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of rows.slice(1)) console.log(line(r))
}

/** Runs a bench's main and exits with its status (a bench leaves nothing running). */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err)
      process.exit(1)
    },
  )
}
