import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, ROOT } from './server-process.js'

export const NGINX = '/usr/sbin/nginx'

/** Like `skipPostgres`: skipped only on request (`LUOT_SKIP_NGINX=1`) where nginx is missing, never in CI. */
export function skipNginx(): boolean {
  if (existsSync(NGINX)) return false
  if (process.env.CI === 'true') throw new Error('CI=true: nginx is required (apt-get install nginx-light)')
  if (process.env.LUOT_SKIP_NGINX === '1') return true
  throw new Error('the proxy test needs nginx: apt-get install nginx-light, or LUOT_SKIP_NGINX=1 to skip it')
}

/**
 * Runs the README's example site config (`deploy/nginx-luot.conf`) as it is, with only its
 * listen port and upstream servers replaced by the test's, inside a minimal nginx.conf.
 */
export async function startNginx(upstreamPorts: number[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'luot-nginx-'))
  await chmod(dir, 0o755) // the workers run as an unprivileged user
  const port = await freePort()
  const site = (await readFile(join(ROOT, 'deploy/nginx-luot.conf'), 'utf8'))
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*server 127\.0\.0\.1:\d+;\n)+/m, (block) => upstreamPorts.map((p) => `${block.match(/^\s*/)![0]}server 127.0.0.1:${p};\n`).join(''))
  if (!site.includes(`listen 127.0.0.1:${port};`) || !site.includes(`server 127.0.0.1:${upstreamPorts[0]};`)) throw new Error('deploy/nginx-luot.conf no longer has the listen and upstream lines this test replaces')
  await writeFile(join(dir, 'luot.conf'), site)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(dir, t)};`).join('\n')
  await writeFile(join(dir, 'nginx.conf'), `worker_processes 1;\npid ${join(dir, 'nginx.pid')};\nevents { worker_connections 512; }\nhttp {\n  access_log off;\n${temp}\n  include ${join(dir, 'luot.conf')};\n}\n`)
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stderr!.on('data', (d) => (out += d))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + 10_000; ; ) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${out}${await readFile(join(dir, 'error.log'), 'utf8').catch(() => '')}`)
    try {
      await fetch(`${url}/api/health`)
      break
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not start: ${out}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
      await rm(dir, { recursive: true, force: true })
    },
  }
}
