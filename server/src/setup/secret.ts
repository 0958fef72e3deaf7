import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { StartupError } from '../startup-error.js'
import { CorruptFileError, writeFileDurable } from '../store/durable-file.js'

/** HMAC-SHA-256 keys shorter than its 32-byte output make forged session cookies cheaper. */
export const MIN_SECRET_BYTES = 32

/** A secret given in the environment (or as an option): refused under 32 bytes, before anything is created. */
export function checkSecret(fromEnv: string): Buffer {
  const bytes = Buffer.byteLength(fromEnv)
  if (bytes < MIN_SECRET_BYTES) throw new StartupError(`LUOT_SESSION_SECRET is ${bytes} bytes; it must be at least ${MIN_SECRET_BYTES} bytes (for example: openssl rand -base64 32), or anyone could forge session cookies.`)
  return Buffer.from(fromEnv)
}

/**
 * The session-signing secret: from the environment (refused under 32 bytes), else the one kept in
 * DATA_DIR/session.key, created on first use. A session.key that is unreadable, empty or too short
 * stops the start: replacing it silently would hide the fault (and sign everyone out).
 */
export async function loadOrCreateSecret(dataDir: string | undefined, fromEnv: string | undefined): Promise<Buffer> {
  if (fromEnv !== undefined) return checkSecret(fromEnv)

  if (!dataDir) return randomBytes(MIN_SECRET_BYTES)
  const file = join(dataDir, 'session.key')
  let text: string
  try {
    text = (await readFile(file, 'utf8')).trim()
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code !== 'ENOENT') throw new CorruptFileError(file, `cannot be read (${code ?? String(err)})`)
    const secret = randomBytes(MIN_SECRET_BYTES)
    await writeFileDurable(file, secret.toString('base64url'))
    return secret
  }
  if (!text) throw new CorruptFileError(file, 'is empty')
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new CorruptFileError(file, 'is not a base64url key')
  const secret = Buffer.from(text, 'base64url')
  if (secret.length < MIN_SECRET_BYTES) throw new CorruptFileError(file, `holds a ${secret.length}-byte key; at least ${MIN_SECRET_BYTES} bytes are needed`)
  return secret
}
