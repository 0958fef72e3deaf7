import { join } from 'node:path'
import { SerialQueue } from '@luot/shared'
import { readJsonFile, writeFileDurable } from '../store/durable-file.js'

/** Logged-out sessions not yet expired, kept in DATA_DIR/revoked-sessions.json (nonce → expiry, ms). */
export interface Revocations {
  initial: Record<string, number>
  persist: (revoked: Record<string, number>) => Promise<void>
}

export async function loadRevocations(dataDir: string | undefined): Promise<Revocations> {
  if (!dataDir) return { initial: {}, persist: async () => undefined }
  const file = join(dataDir, 'revoked-sessions.json')
  const writes = new SerialQueue() // two logouts at once never interleave
  return {
    initial: (await readJsonFile<Record<string, number>>(file)) ?? {},
    persist: (revoked) => writes.run(() => writeFileDurable(file, JSON.stringify(revoked))),
  }
}
