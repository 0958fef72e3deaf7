import { open, readFile, rename, unlink, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { CorruptDataError } from './port.js'

/**
 * A data file that is there but cannot be used (unreadable, empty, cut short, not JSON, wrong shape):
 * the server stops rather than overwrite it. `problem` says what is wrong, in a few words.
 */
export class CorruptFileError extends CorruptDataError {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(file, undefined, problem)
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

/**
 * Reads a JSON file: null when it does not exist, else `{ value }` (which may be JSON `null`); a
 * CorruptFileError naming it when it cannot be read, is empty or does not parse (cut short by a crash).
 */
export async function readJson(file: string): Promise<{ value: unknown } | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return null
    throw new CorruptFileError(file, `cannot be read (${code ?? String(err)})`)
  }
  if (!text.trim()) throw new CorruptFileError(file, 'is empty')
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (err) {
    throw new CorruptFileError(file, `is not valid JSON, perhaps cut short (${err instanceof Error ? err.message : String(err)})`)
  }
}

/** `readJson` for callers that check the shape themselves: null for a missing file (and for JSON `null`). */
export async function readJsonFile<T>(file: string): Promise<T | null> {
  return ((await readJson(file))?.value ?? null) as T | null
}

/**
 * Appends `text` to a file of `size` bytes and fdatasyncs it; on failure cuts the file back to
 * `size` so a half-written line never stays behind a later one. Returns the new size.
 */
export async function appendDurably(fh: FileHandle, size: number, text: string): Promise<number> {
  try {
    await fh.appendFile(text, 'utf8')
    await fh.datasync()
  } catch (err) {
    await fh.truncate(size).catch(() => undefined)
    throw err
  }
  return size + Buffer.byteLength(text)
}
