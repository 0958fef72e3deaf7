import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurable } from '../store/durable-file.js'

/** The session-signing secret: from the environment, else a random one kept in the data directory. */
export async function loadOrCreateSecret(dataDir: string | undefined, fromEnv: string | undefined): Promise<Buffer> {
  if (fromEnv) return Buffer.from(fromEnv)
  if (!dataDir) return randomBytes(32)
  const file = join(dataDir, 'session.key')
  try {
    const text = (await readFile(file, 'utf8')).trim()
    if (text.length >= 32) return Buffer.from(text, 'base64url')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  const secret = randomBytes(32)
  await writeFileDurable(file, secret.toString('base64url'))
  return secret
}
