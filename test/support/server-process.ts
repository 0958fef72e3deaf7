import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const PASSWORDS = { admin: 'admin-pass-123', manager: 'manager-pass-123', clerk: 'clerk-pass-123' }

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

export const tempDataDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'luot-'))

export interface ServerProcess {
  url: string
  port: number
  dataDir: string
  child: ChildProcess
  output: () => string
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

/**
 * Starts a real Lượt server process: the built one (`server/dist/bundle/main.js`, what `npm start` runs) when `built` (the default
 * under `npm run test:e2e`, which builds first), else the TypeScript source through tsx.
 * Resolves once /api/health answers.
 */
export async function startServer(opts: { dataDir?: string; port?: number; built?: boolean; env?: Record<string, string>; startupMs?: number } = {}): Promise<ServerProcess> {
  const built = opts.built ?? process.env.LUOT_E2E_BUILT === '1'
  const port = opts.port ?? (await freePort())
  const dataDir = opts.dataDir ?? (await tempDataDir())
  const url = `http://127.0.0.1:${port}`
  const args = built ? [join(ROOT, 'server/dist/bundle/main.js')] : ['--import', 'tsx', '--conditions=development', join(ROOT, 'server/src/main.ts')]
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      PUBLIC_BASE_URL: url,
      LUOT_ADMIN_PASSWORD: PASSWORDS.admin,
      LUOT_MANAGER_PASSWORD: PASSWORDS.manager,
      LUOT_CLERK_PASSWORD: PASSWORDS.clerk,
      LUOT_RATE_LIMIT: '0',
      LOG_LEVEL: 'error',
      TZ: 'Asia/Ho_Chi_Minh',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const deadline = Date.now() + (opts.startupMs ?? 60_000)
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`)
    try {
      const r = await fetch(`${url}/api/health`)
      if (r.ok) break
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server did not start:\n${out}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    port,
    dataDir,
    child,
    output: () => out,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal)
      return exited
    },
  }
}
