import { chmod, chown, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { unzip, type ZipEntry } from '../export/zip.js'
import { dataDirHolder, DataDirInUseError } from '../store/data-dir-lock.js'
import { fsyncDir } from '../store/durable-file.js'
import { JournalStore } from '../store/journal-store.js'
import { MANIFEST, type Manifest } from './backup.js'

/** An archive that is damaged, incomplete or not a Lượt backup: nothing was restored. */
export class BadBackupError extends Error {
  constructor(archive: string, why: string) {
    super(`${archive} is not a usable Lượt backup: ${why}. Nothing was restored.`)
    this.name = 'BadBackupError'
  }
}

export interface RestoreResult {
  files: number
  days: number
  /** Where the data directory's earlier content was moved, if it had any. */
  movedAside?: string
}

/** Relative, forward-slash names inside the data directory only. */
const SAFE_NAME = /^(?!.*(^|\/)\.\.(\/|$))[A-Za-z0-9._-][A-Za-z0-9._/-]*$/

function checkEntries(archive: string, entries: ZipEntry[]): ZipEntry[] {
  const manifestEntry = entries.find((e) => e.name === MANIFEST)
  if (!manifestEntry) throw new BadBackupError(archive, `no ${MANIFEST}`)
  let manifest: Manifest
  try {
    manifest = JSON.parse(manifestEntry.data.toString('utf8')) as Manifest
  } catch {
    throw new BadBackupError(archive, `${MANIFEST} does not parse`)
  }
  if (manifest.format !== 1) throw new BadBackupError(archive, `format ${String(manifest.format)} is not one this release reads`)
  const data = entries.filter((e) => e.name !== MANIFEST)
  const listed = new Map(manifest.files.map((f) => [f.name, f.bytes]))
  if (listed.size !== data.length || data.some((e) => listed.get(e.name) !== e.data.length)) throw new BadBackupError(archive, 'its files do not match its manifest')
  for (const e of data) if (!SAFE_NAME.test(e.name)) throw new BadBackupError(archive, `unsafe file name ${JSON.stringify(e.name)}`)
  if (!listed.has('config.json')) throw new BadBackupError(archive, 'no config.json')
  return data
}

async function writeSynced(path: string, data: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const fh = await open(path, 'w', 0o600)
  try {
    await fh.writeFile(data)
    await fh.sync()
  } finally {
    await fh.close()
  }
}

/**
 * The restored folder gets the owner and mode of the one it replaces: restored by root (`sudo npm
 * run restore`), it must still be the service user's, or the server could not write its next ticket.
 * Files stay readable by their owner only.
 */
async function adopt(dir: string, like: Stats): Promise<void> {
  const asRoot = process.getuid?.() === 0
  const walk = async (path: string, isDir: boolean): Promise<void> => {
    if (asRoot) await chown(path, like.uid, like.gid)
    if (!isDir) return
    await chmod(path, like.mode & 0o7777)
    for (const e of await readdir(path, { withFileTypes: true })) await walk(join(path, e.name), e.isDirectory())
  }
  await walk(dir, true)
}

/** Opens the unpacked copy as the server would: configuration and every journal line are checked with the stored-data schemas. */
async function checkAsStore(archive: string, dir: string): Promise<number> {
  const store = await JournalStore.open(dir, { log: () => undefined })
  try {
    if (!(await store.readConfig())) throw new Error('config.json is empty')
    const days = (await readdir(join(dir, 'days'))).filter((f) => f.endsWith('.jsonl'))
    for (const f of days) await store.readRecords(f.slice(0, -'.jsonl'.length))
    await store.readAggregates('1970-01-01', '9999-12-31')
    return days.length
  } catch (err) {
    throw new BadBackupError(archive, err instanceof Error ? err.message : String(err))
  } finally {
    await store.close()
  }
}

/**
 * Restores an archive made by `writeBackup` into `dataDir`: refused while a server holds that
 * directory; the archive is unpacked beside it and checked whole (checksums, manifest, every file
 * read as the server reads it) before anything is swapped in. Earlier content is moved aside, never deleted.
 */
export async function restoreBackup(archive: string, dataDir: string, now = new Date()): Promise<RestoreResult> {
  const target = resolve(dataDir)
  const holder = await dataDirHolder(target).catch(() => null)
  if (holder !== null) throw new DataDirInUseError(target, holder)
  let entries: ZipEntry[]
  try {
    entries = unzip(await readFile(archive))
  } catch (err) {
    throw new BadBackupError(archive, err instanceof Error ? err.message : String(err))
  }
  const data = checkEntries(archive, entries)
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const staging = join(dirname(target), `.${basename(target)}.restoring-${stamp}`)
  try {
    for (const e of data) await writeSynced(join(staging, e.name), e.data)
    const days = await checkAsStore(archive, staging)
    const existing = await readdir(target).catch(() => [] as string[])
    const before = await stat(target).catch(() => null)
    if (before) await adopt(staging, before)
    let movedAside: string | undefined
    if (existing.length) await rename(target, (movedAside = `${target}.before-restore-${stamp}`))
    else await rm(target, { recursive: true, force: true })
    await rename(staging, target)
    await fsyncDir(dirname(target))
    return { files: data.length, days, ...(movedAside ? { movedAside } : {}) }
  } catch (err) {
    await rm(staging, { recursive: true, force: true })
    throw err
  }
}
