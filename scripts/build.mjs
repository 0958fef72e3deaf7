#!/usr/bin/env node
// Builds what is out of date, and only that. `npm start` runs this first, so a centre's PC that
// was switched off starts at once; after `git pull` or an edit, the changed packages rebuild.
// `--force` (npm run build) rebuilds everything. A package counts as built when its stamp file
// (dist/.luot-build) is newer than every input: its own sources and the shared ones it compiles in.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const COMMON = ['package-lock.json', 'tsconfig.base.json', 'shared/src', 'shared/package.json']
const APP_INPUTS = ['src', 'public', 'index.html', 'track.html', 'book.html', 'join.html', 'widget.html', 'province.html', 'vite.config.ts', 'package.json', '../vite.app-config.ts']

/** Build order matters: the server's build reads shared's, and the apps are independent. */
const PACKAGES = [
  { dir: 'kiosk', workspace: '@luot/kiosk', inputs: APP_INPUTS },
  { dir: 'counter-display', workspace: '@luot/counter-display', inputs: APP_INPUTS },
  { dir: 'clerk-console', workspace: '@luot/clerk-console', inputs: APP_INPUTS },
  { dir: 'shared', workspace: '@luot/shared', inputs: ['tsconfig.build.json'] },
  { dir: 'server', workspace: '@luot/server', inputs: ['src', 'tsconfig.build.json', 'package.json', '../scripts/bundle-server.mjs'] },
]

const STAMP = '.luot-build'

/** Newest modification time under a path (0 when it does not exist); tests are not inputs. */
function newest(path) {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : st.mtimeMs
  let max = st.mtimeMs
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)))
  return max
}

/** The workspaces whose build is missing or older than one of their inputs, in build order. */
export function stalePackages(root = ROOT) {
  const common = Math.max(...COMMON.map((p) => newest(join(root, p))))
  return PACKAGES.filter((p) => {
    const stamp = join(root, p.dir, 'dist', STAMP)
    if (!existsSync(stamp)) return true
    const inputs = Math.max(common, ...p.inputs.map((i) => newest(join(root, p.dir, i))))
    return inputs > statSync(stamp).mtimeMs
  }).map((p) => p.workspace)
}

function build(pkgs) {
  for (const p of pkgs) {
    console.log(`Đang dựng / building ${p.workspace}…`)
    const r = spawnSync('npm', ['run', 'build', '-w', p.workspace], { cwd: ROOT, stdio: 'inherit' })
    if (r.status !== 0) process.exit(r.status ?? 1)
    writeFileSync(join(ROOT, p.dir, 'dist', STAMP), `${new Date().toISOString()}\n`)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stale = new Set(stalePackages())
  // --server: only what the command-line tools need (backup, restore), not the apps
  const wanted = process.argv.includes('--server') ? PACKAGES.filter((p) => p.dir === 'shared' || p.dir === 'server') : PACKAGES
  build(process.argv.includes('--force') ? wanted : wanted.filter((p) => stale.has(p.workspace)))
}
