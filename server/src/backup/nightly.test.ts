import { mkdtemp, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { NightlyBackup, type BackupStatus } from './nightly.js'

const schedules: NightlyBackup[] = []
afterEach(() => schedules.splice(0).forEach((s) => s.stop()))

/** A schedule whose clock the test sets; Hà Nội time, backups after 18:00. */
async function schedule(now: { at: Date }, dir?: string): Promise<{ nightly: NightlyBackup; results: BackupStatus[]; dir: string; dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'luot-data-'))
  await writeFile(join(dataDir, 'config.json'), '{}')
  const out = dir ?? (await mkdtemp(join(tmpdir(), 'luot-out-')))
  const results: BackupStatus[] = []
  const nightly = new NightlyBackup({ dataDir, dir: out, keep: 3, at: '18:00', timeZone: () => 'Asia/Ho_Chi_Minh', clock: () => now.at, onResult: (s) => results.push(s) }, 3_600_000)
  schedules.push(nightly)
  return { nightly, results, dir: out, dataDir }
}

async function archiveAged(dir: string, made: Date): Promise<void> {
  const file = join(dir, `luot-backup-${made.toISOString().slice(0, 19).replace(/:/g, '-')}Z.zip`)
  await writeFile(file, 'x')
  await utimes(file, made, made)
}

describe('when the daily backup is due', () => {
  // local time is UTC+7: 11:00Z is 18:00 in Hà Nội
  it.each([
    ['no backup yet', null, '2026-11-30T02:00:00Z', true],
    ['the newest is 2 h old', '2026-11-30T00:00:00Z', '2026-11-30T02:00:00Z', false],
    ['30 h old, 10:00 local, before 18:00', '2026-11-29T21:00:00Z', '2026-11-30T03:00:00Z', false],
    ['30 h old, 18:30 local', '2026-11-29T05:30:00Z', '2026-11-30T11:30:00Z', true],
    ['40 h old at 09:00 local: the PC was off last evening', '2026-11-28T10:00:00Z', '2026-11-30T02:00:00Z', true],
  ])('%s', async (_name, newest, now, due) => {
    const clock = { at: new Date(now) }
    const { nightly, dir } = await schedule(clock)
    if (newest) await archiveAged(dir, new Date(newest))
    expect(await nightly.due()).toBe(due)
  })

  it('writes and reports a backup, then is not due again the same day', async () => {
    const clock = { at: new Date('2026-11-30T11:30:00Z') }
    const { nightly, results } = await schedule(clock)
    const status = await nightly.runNow()
    expect(status.ok).toBe(true)
    expect(results).toEqual([status])
    expect(await nightly.due()).toBe(false)
  })

  it('after a failure it reports the cause and waits an hour before trying again', async () => {
    const clock = { at: new Date('2026-11-30T11:30:00Z') }
    const blocker = join(await mkdtemp(join(tmpdir(), 'luot-out-')), 'not-a-folder')
    await writeFile(blocker, 'a file where the backup folder should be')
    const { nightly, results } = await schedule(clock, blocker)
    const status = await nightly.runNow()
    expect(status).toMatchObject({ ok: false, error: expect.stringMatching(/EEXIST|ENOTDIR/) })
    expect(results).toHaveLength(1)
    expect(await nightly.due()).toBe(false)
    clock.at = new Date('2026-11-30T12:31:00Z')
    expect(await nightly.due()).toBe(true)
  })
})
