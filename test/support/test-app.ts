import type { FastifyInstance } from 'fastify'
import { buildApp, type BuildOptions } from '../../server/src/app.js'
import { PASSWORDS, tempDataDir } from './server-process.js'

export interface InjectReply<T = unknown> {
  status: number
  body: { ok: boolean; data: T; error: { code: string; message: string; messageEn: string; details?: string } }
  cookie?: string
}

/** buildApp as production builds it, on a fresh data directory, with known passwords. */
export async function testApp(opts: BuildOptions = {}): Promise<{ app: FastifyInstance; dataDir: string }> {
  const dataDir = opts.dataDir ?? (await tempDataDir())
  const app = await buildApp({ dataDir, passwords: PASSWORDS, publicRateLimit: 0, serveApps: false, publicBaseUrl: 'http://luot.test', ...opts })
  return { app, dataDir }
}

/** A session for one user over `inject`. */
export async function loginAs(app: FastifyInstance, username: string): Promise<string> {
  const password = username.startsWith('clerk') ? PASSWORDS.clerk : PASSWORDS[username as 'admin' | 'manager']
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } })
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`)
  const set = res.headers['set-cookie']
  return String(Array.isArray(set) ? set[0] : set).split(';')[0]!
}

export async function call<T = unknown>(app: FastifyInstance, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, opts: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<InjectReply<T>> {
  const res = await app.inject({ method, url, ...(opts.body === undefined ? {} : { payload: opts.body as object }), headers: { ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers } })
  return { status: res.statusCode, body: res.json() }
}
