import { readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** The file that says a server process owns a data directory; it holds that process's id. */
export const LOCK_FILE = 'luot.lock'

/** Thrown when another live process holds the data directory. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(`The data directory ${dir} is in use by a running Lượt server (process ${pid}). Stop it first (systemctl stop luot). If no server runs, delete ${join(dir, LOCK_FILE)}.`)
    this.name = 'DataDirInUseError'
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The id of the live process that holds `dir`, if any; a lock left by a crash (its process gone) counts as free. */
export async function dataDirHolder(dir: string): Promise<number | null> {
  let text: string
  try {
    text = await readFile(join(dir, LOCK_FILE), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
  const pid = Number(text.trim())
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null
}

/**
 * Claims `dir` for this process, so that two servers never write one journal and a restore never
 * replaces the files under a running server. Returns the release function.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const holder = await dataDirHolder(dir)
  if (holder !== null && holder !== process.pid) throw new DataDirInUseError(dir, holder)
  await writeFile(join(dir, LOCK_FILE), `${process.pid}\n`)
  return async () => {
    if ((await dataDirHolder(dir)) === process.pid) await unlink(join(dir, LOCK_FILE)).catch(() => undefined)
  }
}
