import { networkInterfaces } from 'node:os'
import { StartupError } from './startup-error.js'

/** Every environment variable Lượt reads (the README's configuration table lists the same). */
export interface EnvConfig {
  port: number
  host: string
  dataDir: string
  publicBaseUrl: string
  publicRateLimit: number
  secureCookies: boolean
  sessionSecret: string | undefined
  /** Extra origins whose pages may send state-changing requests (comma-separated in LUOT_ALLOWED_ORIGINS). */
  allowedOrigins: string[]
  /** LUOT_TRUST_PROXY: proxies whose X-Forwarded-For names the client (nginx on this machine: 127.0.0.1). */
  trustProxy: string[]
  passwords: { admin?: string; manager?: string; clerk?: string }
  logLevel: string
  /** Lets a Prometheus server on another machine read /metrics. */
  metricsToken: string | undefined
  /** The daily backup: null when LUOT_BACKUP_DIR=off. */
  backup: { dir?: string | undefined; keep?: number | undefined; at?: string | undefined } | null
  /** `postgres://…`: the whole store in PostgreSQL, shared by several processes; unset = the embedded journal in dataDir. */
  databaseUrl: string | undefined
  /** With PostgreSQL: which centre of the database this process serves. */
  centre: string
  /** Free space in DATA_DIR under this many MB raises a manager alert (LUOT_DISK_MIN_MB). */
  diskMinMb: number
  /** LUOT_WEBHOOK_RETRY_SECONDS: the waits between a webhook's attempts, comma-separated (default 5,30,120,600,1800,3600,7200,14400,28800,43200). */
  webhookRetryDelaysMs: number[] | undefined
  /** LUOT_PROVINCE=1 (with DATABASE_URL): serve every centre of the province at /c/{slug}/ and the province at /province/. */
  province: { name: string; passwords: { admin?: string | undefined; manager?: string | undefined } } | undefined
}

/** The first non-internal IPv4 address: what phones on the centre's network can reach. */
export function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address
  return 'localhost'
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new StartupError(`${name} must be a whole number, got "${value}"`)
  return n
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): EnvConfig {
  const port = int('PORT', env.PORT, 3000)
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: env.DATA_DIR || './data',
    publicBaseUrl: env.PUBLIC_BASE_URL || `http://${lanAddress()}:${port}`,
    publicRateLimit: int('LUOT_RATE_LIMIT', env.LUOT_RATE_LIMIT, 120),
    secureCookies: env.LUOT_SECURE_COOKIES === '1' || env.LUOT_SECURE_COOKIES === 'true',
    sessionSecret: env.LUOT_SESSION_SECRET || undefined,
    allowedOrigins: (env.LUOT_ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    trustProxy: (env.LUOT_TRUST_PROXY ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    passwords: { admin: env.LUOT_ADMIN_PASSWORD || undefined, manager: env.LUOT_MANAGER_PASSWORD || undefined, clerk: env.LUOT_CLERK_PASSWORD || undefined },
    logLevel: env.LOG_LEVEL || 'warn',
    metricsToken: env.LUOT_METRICS_TOKEN || undefined,
    backup: backupEnv(env),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    centre: centreId(env.LUOT_CENTRE),
    diskMinMb: int('LUOT_DISK_MIN_MB', env.LUOT_DISK_MIN_MB, 1024),
    webhookRetryDelaysMs: retryDelays(env.LUOT_WEBHOOK_RETRY_SECONDS),
    province: provinceEnv(env),
  }
}

function provinceEnv(env: NodeJS.ProcessEnv): EnvConfig['province'] {
  if (env.LUOT_PROVINCE !== '1' && env.LUOT_PROVINCE !== 'true') return undefined
  if (!env.DATABASE_URL) throw new StartupError('LUOT_PROVINCE=1 needs DATABASE_URL: a province runs on PostgreSQL')
  return { name: env.LUOT_PROVINCE_NAME || 'Tỉnh', passwords: { admin: env.LUOT_PROVINCE_ADMIN_PASSWORD || undefined, manager: env.LUOT_PROVINCE_MANAGER_PASSWORD || undefined } }
}

function retryDelays(value: string | undefined): number[] | undefined {
  if (!value) return undefined
  const list = value.split(',').map((s) => Number(s.trim()))
  if (list.length > 30 || !list.every((n) => Number.isFinite(n) && n > 0 && n <= 86_400)) throw new StartupError(`LUOT_WEBHOOK_RETRY_SECONDS must be up to 30 waits in seconds (each above 0, at most 86400), comma-separated, got "${value}"`)
  return list.map((n) => Math.round(n * 1000))
}

function databaseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined
  if (!/^postgres(ql)?:\/\//.test(value)) throw new Error(`DATABASE_URL must start with postgres:// or postgresql://, got "${value.split('@').pop()}"`)
  return value
}

function centreId(value: string | undefined): string {
  if (!value) return 'default'
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(value)) throw new Error(`LUOT_CENTRE must be lower-case letters, digits and dashes, got "${value}"`)
  return value
}

function backupEnv(env: NodeJS.ProcessEnv): EnvConfig['backup'] {
  if (env.LUOT_BACKUP_DIR === 'off') return null
  const at = env.LUOT_BACKUP_AT || undefined
  if (at !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(at)) throw new Error(`LUOT_BACKUP_AT must be a time of day HH:MM, got "${at}"`)
  const keep = env.LUOT_BACKUP_KEEP ? int('LUOT_BACKUP_KEEP', env.LUOT_BACKUP_KEEP, 14) : undefined
  if (keep === 0) throw new Error('LUOT_BACKUP_KEEP must be at least 1')
  return { dir: env.LUOT_BACKUP_DIR || undefined, keep, at }
}
