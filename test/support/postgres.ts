import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { freePort } from './server-process.js'

const run = promisify(execFile)

/**
 * A PostgreSQL for tests: a throwaway cluster of its own (initdb in a temp dir, pg_ctl on a random
 * localhost port), or throwaway databases on a running cluster named by `LUOT_TEST_PG_URL`.
 * Only an own cluster can be stopped and started again (the restart-under-load test needs that).
 */
export interface TestPostgres {
  /** A superuser URL of the maintenance database. */
  adminUrl: string
  /** A fresh, empty database; dropped again by `close()`. */
  newDatabase(): Promise<string>
  /** Stops the server (fast shutdown: sessions are cut, committed work is kept). Own cluster only. */
  stop(): Promise<void>
  /** Starts it again on the same port. Own cluster only. */
  start(): Promise<void>
  /** Drops the databases made here; an own cluster is stopped and deleted. */
  close(): Promise<void>
}

/** Debian's server binaries (`apt-get install postgresql`), newest version first; `PG_BIN` overrides. */
export function pgBinDir(): string | null {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(root, versions[0], 'bin') : null
}

/**
 * Whether the PostgreSQL tests are to be skipped. Only on request (`LUOT_SKIP_PG=1`) on a machine
 * without PostgreSQL; never in CI: there a missing PostgreSQL fails the run instead of hiding it.
 */
export function skipPostgres(): boolean {
  const available = Boolean(process.env.LUOT_TEST_PG_URL) || pgBinDir() !== null
  if (available) return false
  if (process.env.CI === 'true') throw new Error('CI=true: PostgreSQL is required (apt-get install postgresql, or set LUOT_TEST_PG_URL)')
  if (process.env.LUOT_SKIP_PG === '1') return true
  throw new Error('PostgreSQL tests need PostgreSQL: apt-get install postgresql, or set LUOT_TEST_PG_URL=postgres://… to a running cluster, or LUOT_SKIP_PG=1 to skip them')
}

const asRoot = process.getuid?.() === 0

/** Runs a PostgreSQL binary; as root through runuser, since the server refuses to run as root. */
async function pgTool(bin: string, args: string[]): Promise<string> {
  const file = join(pgBinDir()!, bin)
  const { stdout } = asRoot ? await run('runuser', ['-u', 'postgres', '--', file, ...args]) : await run(file, args)
  return stdout
}

async function ownCluster(): Promise<TestPostgres> {
  const dir = asRoot ? (await run('runuser', ['-u', 'postgres', '--', 'mktemp', '-d', '/tmp/luot-pg-XXXXXX'])).stdout.trim() : (await run('mktemp', ['-d', '/tmp/luot-pg-XXXXXX'])).stdout.trim()
  const data = join(dir, 'data')
  const port = await freePort()
  await pgTool('initdb', ['-D', data, '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`
  const start = async () => {
    try {
      await pgTool('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', '-o', options, 'start'])
    } catch (err) {
      const log = await readFile(join(dir, 'log'), 'utf8').catch(() => '')
      throw new Error(`PostgreSQL did not start: ${String(err)}\n${log}`)
    }
  }
  const stop = async () => void (await pgTool('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']))
  await start()
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`
  let n = 0
  return {
    adminUrl,
    newDatabase: async () => {
      const name = `luot_${++n}`
      await admin(adminUrl, `CREATE DATABASE ${name}`)
      return `postgres://postgres@127.0.0.1:${port}/${name}`
    },
    stop,
    start,
    close: async () => {
      await pgTool('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    },
  }
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

function runningCluster(adminUrl: string): TestPostgres {
  const made: string[] = []
  const own = () => Promise.reject(new Error('LUOT_TEST_PG_URL names a shared cluster: this test needs its own (install postgresql and unset LUOT_TEST_PG_URL)'))
  return {
    adminUrl,
    newDatabase: async () => {
      const name = `luot_test_${process.pid}_${Date.now().toString(36)}_${made.length}`
      await admin(adminUrl, `CREATE DATABASE ${name}`)
      made.push(name)
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      return url.toString()
    },
    stop: own,
    start: own,
    close: async () => {
      for (const name of made) await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

/**
 * A PostgreSQL for one test file. `own: true` insists on a private cluster (for tests that stop it);
 * otherwise `LUOT_TEST_PG_URL` is used when set.
 */
export async function testPostgres(opts: { own?: boolean } = {}): Promise<TestPostgres> {
  const shared = process.env.LUOT_TEST_PG_URL
  if (shared && !opts.own) return runningCluster(shared)
  if (!pgBinDir()) throw new Error('PostgreSQL server binaries not found (apt-get install postgresql, or set PG_BIN)')
  return ownCluster()
}
