import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { ZipWriter } from '../export/zip.js'
import { fsyncDir, replaceFileDurably } from '../store/durable-file.js'
import { LOCK_FILE } from '../store/data-dir-lock.js'

/** The folder in the data directory that keeps the archive taken before an upgrade migrates data (never pruned). */
export const UPGRADE_BACKUPS = 'before-upgrade'

/** What every archive carries beside the data: restore checks the entries against it. */
export const MANIFEST = 'luot-backup.json'
export const BACKUP_NAME = /^luot-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)\.zip$/

export interface Manifest {
  format: 1
  createdAt: string
  files: { name: string; bytes: number }[]
}

export interface BackupResult {
  file: string
  createdAt: string
  files: number
  bytes: number
}

/** Temporary files of the durable writer and the process lock are never data. */
const skipped = (name: string): boolean => name === LOCK_FILE || (name.startsWith('.') && name.endsWith('.tmp'))

async function listFiles(dir: string, exclude: string, root = dir): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name)
    // archives are not data: the one being written, and those kept from before an upgrade
    if (path === exclude || path === join(root, UPGRADE_BACKUPS) || skipped(e.name)) continue
    if (e.isDirectory()) out.push(...(await listFiles(path, exclude, root)))
    else if (e.isFile()) out.push(relative(root, path).split(sep).join('/'))
  }
  return out
}

/**
 * Journals first: they only grow, so a copy taken while the server runs is a prefix of each, and
 * every other file (written whole, by rename) is as new or newer than the journal it belongs to.
 */
const order = (a: string, b: string): number => Number(!a.endsWith('.jsonl')) - Number(!b.endsWith('.jsonl')) || (a < b ? -1 : a > b ? 1 : 0)

/** A journal up to its last complete line: a line being appended was not acknowledged yet. */
function completeLines(data: Buffer): Buffer {
  const end = data.lastIndexOf(0x0a)
  return data.subarray(0, end + 1)
}

/**
 * Writes one archive of the data directory into `outDir`, consistent while the server runs (see
 * `order`), durably: a temporary file, fsync, rename, fsync of the folder. Returns what it wrote.
 */
export async function writeBackup(dataDir: string, outDir: string, now = new Date()): Promise<BackupResult> {
  await mkdir(outDir, { recursive: true })
  const createdAt = now.toISOString()
  const file = join(outDir, `luot-backup-${createdAt.slice(0, 19).replace(/:/g, '-')}Z.zip`)
  const names = (await listFiles(resolve(dataDir), resolve(outDir))).sort(order)
  const manifest: Manifest = { format: 1, createdAt, files: [] }
  await replaceFileDurably(file, async (fh) => {
    const zip = new ZipWriter(fh, now)
    for (const name of names) {
      let data: Buffer
      try {
        data = await readFile(join(dataDir, name))
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue // removed since the listing (a temporary file)
        throw err
      }
      if (name.endsWith('.jsonl')) data = completeLines(data)
      await zip.add({ name, data })
      manifest.files.push({ name, bytes: data.length })
    }
    await zip.add({ name: MANIFEST, data: Buffer.from(JSON.stringify(manifest, null, 2)) })
    await zip.finish()
  })
  return { file, createdAt, files: manifest.files.length, bytes: (await stat(file)).size }
}

/** The archives in `outDir`, oldest first. */
export async function listBackups(outDir: string): Promise<string[]> {
  try {
    return (await readdir(outDir)).filter((n) => BACKUP_NAME.test(n)).sort()
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
}

/** Deletes all but the newest `keep` archives; returns the names deleted. */
export async function pruneBackups(outDir: string, keep: number): Promise<string[]> {
  const all = await listBackups(outDir)
  const old = all.slice(0, Math.max(0, all.length - keep))
  for (const name of old) await unlink(join(outDir, name))
  if (old.length) await fsyncDir(outDir)
  return old
}
