import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../support/server-process.js'

const DEPLOY = join(ROOT, 'deploy')
const haveSystemd = spawnSync('systemd-analyze', ['--version']).status === 0

/** `systemd-analyze verify` exits 0 even on an unknown key, so a clean verify also means no output at all. */
async function verify(unit: string, text: string, user = false): Promise<{ status: number | null; out: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'luot-unit-'))
  const file = join(dir, unit)
  await writeFile(file, text)
  const runtime = await mkdtemp(join(tmpdir(), 'luot-xdg-'))
  const r = spawnSync('systemd-analyze', [...(user ? ['--user'] : []), 'verify', file], { encoding: 'utf8', env: { ...process.env, XDG_RUNTIME_DIR: runtime } })
  return { status: r.status, out: `${r.stdout}${r.stderr}`.trim() }
}

// CI installs systemd's tools with the base image; a developer machine without them says so here instead of passing.
describe.runIf(haveSystemd || process.env.CI)('deploy/ units pass systemd-analyze verify', () => {
  it('the server unit is clean, hardened and restarts', async () => {
    const text = await readFile(join(DEPLOY, 'luot.service'), 'utf8')
    // node may live elsewhere on a developer's machine; the unit names the Debian path
    const local = text.replace('/usr/bin/node', process.execPath)
    expect(await verify('luot.service', local)).toEqual({ status: 0, out: '' })
    for (const line of ['Restart=always', 'NoNewPrivileges=yes', 'ProtectSystem=strict', 'User=luot', 'Environment=DATA_DIR=/var/lib/luot', 'KillSignal=SIGTERM']) expect(text).toContain(line)
  })

  it('a misspelt hardening option is caught', async () => {
    const text = (await readFile(join(DEPLOY, 'luot.service'), 'utf8')).replace('/usr/bin/node', process.execPath).replace('NoNewPrivileges', 'NoNewPrivilegez')
    const r = await verify('luot.service', text)
    expect(r.out).toContain("Unknown key 'NoNewPrivilegez'")
  })

  it('the screen user unit is clean and launches the shipped script', async () => {
    const text = await readFile(join(DEPLOY, 'luot-screen.service'), 'utf8')
    expect(await verify('luot-screen.service', text.replace('/usr/local/bin/luot-screen', join(DEPLOY, 'luot-screen')), true)).toEqual({ status: 0, out: '' })
  })
})

describe('luot-screen launcher', () => {
  /** Runs the launcher with a stand-in browser that prints its arguments. */
  async function launch(url: string): Promise<string[]> {
    const home = await mkdtemp(join(tmpdir(), 'luot-home-'))
    const bin = await mkdtemp(join(tmpdir(), 'luot-bin-'))
    await writeFile(join(bin, 'chromium'), '#!/bin/sh\nfor a in "$@"; do echo "$a"; done\n', { mode: 0o755 })
    const r = spawnSync('sh', [join(DEPLOY, 'luot-screen')], { encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin`, HOME: home, LUOT_SCREEN_URL: url } })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    return r.stdout.trim().split('\n')
  }

  it('opens a kiosk full-screen with silent printing, the URL last', async () => {
    const args = await launch('http://10.0.0.2:3000/kiosk/?kiosk=k1')
    expect(args).toContain('--kiosk')
    expect(args).toContain('--kiosk-printing')
    expect(args.at(-1)).toBe('http://10.0.0.2:3000/kiosk/?kiosk=k1')
  })

  it('opens a board with sound allowed and without kiosk printing', async () => {
    const args = await launch('http://10.0.0.2:3000/display/')
    expect(args).toContain('--autoplay-policy=no-user-gesture-required')
    expect(args).not.toContain('--kiosk-printing')
  })
})
