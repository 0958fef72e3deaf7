import { spawn } from 'node:child_process'
import { chmod, chown, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { IssuedTicket } from '@luot/shared'
import { listBackups, pruneBackups, writeBackup } from '../../server/src/backup/backup.js'
import { restoreBackup } from '../../server/src/backup/restore.js'
import { unzip } from '../../server/src/export/zip.js'
import { ApiClient } from '../support/api-client.js'
import { call, loginAs, testApp } from '../support/test-app.js'
import { ROOT, startServer, tempDataDir, type ServerProcess } from '../support/server-process.js'

const servers: ServerProcess[] = []
afterAll(async () => {
  for (const s of servers) await s.stop()
})

/** Runs `npm run backup` / `npm run restore`'s program from source, as its own process. */
function cli(name: 'backup' | 'restore', args: string[], dataDir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=development', join(ROOT, `server/src/cli/${name}.ts`), ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.once('exit', (code) => resolve({ code, out }))
  })
}

describe('backup and restore', () => {
  it('a backup taken during a stream of tickets restores every ticket acknowledged before it', { timeout: 180_000 }, async () => {
    const server = await startServer()
    servers.push(server)
    const api = new ApiClient(server.url)
    const acknowledged: IssuedTicket[] = []
    let streaming = true
    const stream = (async () => {
      for (let i = 0; streaming && i < 2000; i++) {
        const r = await api.post<IssuedTicket>('/api/tickets', { serviceId: i % 2 ? 'chung-thuc' : 'tu-phap-ho-tich' }, { 'idempotency-key': `backup-test-key-${i.toString().padStart(6, '0')}` })
        if (r.status === 201) acknowledged.push(r.body.data)
      }
    })()
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20))
    const before = [...acknowledged]
    const outDir = await mkdtemp(join(tmpdir(), 'luot-backups-'))
    const backup = await cli('backup', [outDir], server.dataDir)
    streaming = false
    await stream
    expect(backup.out).toContain('luot-backup-')
    expect(backup.code).toBe(0)
    expect(acknowledged.length).toBeGreaterThan(before.length) // the stream went on while the backup ran
    const [archive] = await listBackups(outDir)

    // the running server's folder is refused, and left as it was
    const refused = await cli('restore', [join(outDir, archive!)], server.dataDir)
    expect(refused.code).toBe(1)
    expect(refused.out).toMatch(/in use by a running Lượt server/)

    const restoredDir = await tempDataDir()
    const restored = await cli('restore', [join(outDir, archive!)], restoredDir)
    expect(restored.code, restored.out).toBe(0)
    const again = await startServer({ dataDir: restoredDir })
    servers.push(again)
    const client = new ApiClient(again.url)
    for (const t of before) {
      const r = await client.get<{ number: string }>(`/api/tickets/${t.trackingCode}`)
      expect(r.status, `ticket ${t.number}`).toBe(200)
      expect(r.body.data.number).toBe(t.number)
    }
  })

  it('a damaged archive is refused and the folder is left untouched', { timeout: 120_000 }, async () => {
    const dataDir = await tempDataDir()
    const first = await startServer({ dataDir })
    await new ApiClient(first.url).post('/api/tickets', { serviceId: 'chung-thuc' })
    await first.stop()
    const outDir = await mkdtemp(join(tmpdir(), 'luot-backups-'))
    const { file } = await writeBackup(dataDir, outDir)
    const bytes = await readFile(file)
    bytes[Math.floor(bytes.length / 3)]! ^= 0xff
    await writeFile(file, bytes)
    const target = await tempDataDir()
    await writeFile(join(target, 'keep-me.txt'), 'earlier data')
    const r = await cli('restore', [file], target)
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/not a usable Lượt backup: .*(checksum|damaged)/)
    expect(await readdir(target)).toEqual(['keep-me.txt'])
  })

  it('the restored folder keeps the owner and mode of the one it replaces (a restore run with sudo)', async () => {
    const { app, dataDir } = await testApp()
    await call(app, 'POST', '/api/tickets', { body: { serviceId: 'chung-thuc' } })
    await app.close()
    const { file } = await writeBackup(dataDir, await mkdtemp(join(tmpdir(), 'luot-backups-')))
    const target = await tempDataDir()
    await writeFile(join(target, 'config.json'), '{}')
    await chmod(target, 0o750)
    // the service's own user; as root (CI, a sudo restore) the folder is handed back to it
    const owner = process.getuid!() === 0 ? { uid: 4242, gid: 4243 } : { uid: process.getuid!(), gid: process.getgid!() }
    if (process.getuid!() === 0) await chown(target, owner.uid, owner.gid)
    await restoreBackup(file, target)
    const top = await stat(target)
    expect({ uid: top.uid, gid: top.gid, mode: top.mode & 0o777 }).toEqual({ ...owner, mode: 0o750 })
    for (const name of ['config.json', 'session.key', 'days']) {
      const st = await stat(join(target, name))
      expect({ name, uid: st.uid, gid: st.gid, mode: st.mode & 0o777 }).toEqual({ name, ...owner, mode: st.isDirectory() ? 0o750 : 0o600 })
    }
  })

  it('keeps only the newest N archives', async () => {
    const dataDir = await tempDataDir()
    await writeFile(join(dataDir, 'config.json'), '{}')
    const outDir = await mkdtemp(join(tmpdir(), 'luot-backups-'))
    for (let d = 1; d <= 5; d++) await writeBackup(dataDir, outDir, new Date(`2026-11-0${d}T10:00:00Z`))
    expect(await pruneBackups(outDir, 3)).toEqual(['luot-backup-2026-11-01T10-00-00Z.zip', 'luot-backup-2026-11-02T10-00-00Z.zip'])
    expect(await listBackups(outDir)).toEqual(['luot-backup-2026-11-03T10-00-00Z.zip', 'luot-backup-2026-11-04T10-00-00Z.zip', 'luot-backup-2026-11-05T10-00-00Z.zip'])
  })
})

describe('the daily backup inside the server', () => {
  it('a failed backup raises a manager alert naming the cause', async () => {
    const blocker = join(await mkdtemp(join(tmpdir(), 'luot-out-')), 'usb-disk')
    await writeFile(blocker, 'a file where the backup folder should be')
    const { app } = await testApp({ backup: { dir: blocker } })
    try {
      const status = await app.luot.backup!.runNow()
      expect(status.ok).toBe(false)
      const manager = await loginAs(app, 'manager')
      const alerts = (await call<{ kind: string; message: string; messageEn: string }[]>(app, 'GET', '/api/alerts', { cookie: manager })).body.data
      expect(alerts[0]).toMatchObject({ kind: 'backup', messageEn: expect.stringMatching(/^The data backup failed: .*(EEXIST|ENOTDIR)/) })
    } finally {
      await app.close()
    }
  })

  it('writes its archives into the data folder by default, and never archives the archives or the lock', async () => {
    const { app, dataDir } = await testApp()
    try {
      await call(app, 'POST', '/api/tickets', { body: { serviceId: 'chung-thuc' } })
      const first = await app.luot.backup!.runNow()
      const second = await app.luot.backup!.runNow()
      expect(first.ok && second.ok).toBe(true)
      expect((await listBackups(join(dataDir, 'backups'))).length).toBeGreaterThan(0)
      const names = second.ok ? unzip(await readFile(second.result.file)).map((e) => e.name) : []
      expect(names).toContain('config.json')
      expect(names.some((n) => n.startsWith('days/') && n.endsWith('.jsonl'))).toBe(true)
      expect(names.some((n) => n.startsWith('backups/') || n === 'luot.lock')).toBe(false)
    } finally {
      await app.close()
    }
  })
})
