import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { PASSWORDS, ROOT, freePort } from './server-process.js'

export interface Exit {
  code: number | null
  /** stdout and stderr together, as the operator sees them. */
  output: string
}

/**
 * Runs the real server process (from source, through tsx) on a data directory and waits for it to
 * exit; a server that starts listening is killed and reported with code null.
 */
export async function startUntilExit(dataDir: string, env: Record<string, string> = {}, timeoutMs = 90_000): Promise<Exit> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=development', join(ROOT, 'server/src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LUOT_ADMIN_PASSWORD: PASSWORDS.admin, LUOT_MANAGER_PASSWORD: PASSWORDS.manager, LUOT_CLERK_PASSWORD: PASSWORDS.clerk, LOG_LEVEL: 'error', TZ: 'Asia/Ho_Chi_Minh', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const listening = setInterval(() => {
    if (output.includes('/api/docs')) child.kill('SIGKILL')
  }, 50)
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)))
  clearTimeout(timer)
  clearInterval(listening)
  return { code, output }
}
