import { open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** A data file that exists but cannot be read as JSON: the server stops rather than overwrite it. */
export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`Data file ${file} is not valid JSON (${cause instanceof Error ? cause.message : String(cause)}). Lượt will not start and will not overwrite it: restore it from a backup or move it aside.`)
    this.name = 'CorruptFileError'
  }
}

let tmpCounter = 0

/**
 * Replaces `file` so that after a crash or power cut it holds either the old or the new content,
 * never a mix: write a temporary file, fsync it, rename it over the old one, fsync the directory.
 */
export async function writeFileDurable(file: string, content: string): Promise<void> {
  await replaceFileDurably(file, (fh) => fh.writeFile(content, 'utf8'))
}

/** The same, for content written piece by piece (a backup archive): `write` fills the temporary file. */
export async function replaceFileDurably(file: string, write: (fh: FileHandle) => Promise<void>): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${++tmpCounter}.tmp`)
  const fh = await open(tmp, 'w', 0o600)
  try {
    await write(fh)
    await fh.sync()
  } catch (err) {
    await fh.close()
    await unlink(tmp).catch(() => undefined)
    throw err
  }
  await fh.close()
  try {
    await rename(tmp, file)
  } catch (err) {
    await unlink(tmp).catch(() => undefined)
    throw err
  }
  await fsyncDir(dirname(file))
}

/** Makes a rename (or a new file) in the directory itself durable. */
export async function fsyncDir(dir: string): Promise<void> {
  const dh = await open(dir, 'r')
  try {
    await dh.sync()
  } finally {
    await dh.close()
  }
}

/** Reads a JSON file: null when it does not exist; a CorruptFileError naming it when it does not parse. */
export async function readJsonFile<T>(file: string): Promise<T | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
  try {
    return JSON.parse(text) as T
  } catch (err) {
    throw new CorruptFileError(file, err)
  }
}
