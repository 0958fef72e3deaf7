import type { FastifyInstance } from 'fastify'
import type { CentreCreate, CentreCreated } from '@luot/shared'
import { buildProvince, type ProvinceOptions } from '../../server/src/province/province-app.js'
import { ApiClient } from './api-client.js'
import { startServer, type ServerProcess } from './server-process.js'

export const PROVINCE_PASSWORDS = { admin: 'province-admin-pass', manager: 'province-manager-pass' }

export interface TestProvince {
  app: FastifyInstance
  base: string
  close: () => Promise<void>
}

/** A province in this process on `databaseUrl`, listening on a free port, printing off, known passwords. */
export async function startProvince(databaseUrl: string, opts: Partial<ProvinceOptions> = {}): Promise<TestProvince> {
  const app = await buildProvince({ databaseUrl, passwords: PROVINCE_PASSWORDS, publicRateLimit: 0, provinceName: 'Thành phố Đà Nẵng', publicBaseUrl: 'http://luot.test', ...opts, centreOptions: { printJob: null, serveApps: false, ...opts.centreOptions } })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { app, base: `http://127.0.0.1:${port}`, close: () => app.close() }
}

/** A real province process (`LUOT_PROVINCE=1`) on `databaseUrl`, as `startServer` starts a centre's. */
export function startProvinceServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServer({ env: { DATABASE_URL: databaseUrl, LUOT_PROVINCE: '1', LUOT_PROVINCE_NAME: 'Thành phố Đà Nẵng', LUOT_PROVINCE_ADMIN_PASSWORD: PROVINCE_PASSWORDS.admin, LUOT_PROVINCE_MANAGER_PASSWORD: PROVINCE_PASSWORDS.manager, ...env }, startupMs: 120_000 })
}

/** A signed-in province client. */
export async function provinceClient(base: string, role: 'admin' | 'manager'): Promise<ApiClient> {
  const client = new ApiClient(base)
  const r = await client.post('/api/province/login', { username: `province-${role}`, password: PROVINCE_PASSWORDS[role] })
  if (r.status !== 200) throw new Error(`province login ${role}: ${r.status}`)
  return client
}

/** The province session cookie of `role` ("luot_province=…"). */
export async function provinceLogin(base: string, role: 'admin' | 'manager'): Promise<string> {
  return (await provinceClient(base, role)).cookie
}

/** Creates centres through the API as the province admin whose cookie is given. */
export async function createCentres(base: string, cookie: string, rows: CentreCreate[]): Promise<CentreCreated[]> {
  const client = new ApiClient(base)
  client.cookie = cookie
  const out: CentreCreated[] = []
  for (const row of rows) {
    const r = await client.post<CentreCreated>('/api/province/centres', row)
    if (r.status !== 200) throw new Error(`create ${row.slug}: ${r.status} ${JSON.stringify(r.body)}`)
    out.push(r.body.data)
  }
  return out
}

/** A client signed in to one centre (`/c/{slug}/api/auth/login`). */
export async function centreClient(base: string, slug: string, username: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(`${base}/c/${slug}`)
  await client.login(username, password)
  return client
}
