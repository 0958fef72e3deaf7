import { join } from 'node:path'
import { readJsonFile, writeFileDurable } from '../store/durable-file.js'

/** Logged-out sessions not yet expired, kept in DATA_DIR/revoked-sessions.json (nonce → expiry, ms). */
export interface Revocations {
  initial: Record<string, number>
  persist: (revoked: Record<string, number>) => Promise<void>
}

export async function loadRevocations(dataDir: string | undefined): Promise<Revocations> {
  if (!dataDir) return { initial: {}, persist: async () => undefined }
  const file = join(dataDir, 'revoked-sessions.json')
  let chain: Promise<unknown> = Promise.resolve()
  return {
    initial: (await readJsonFile<Record<string, number>>(file)) ?? {},
    // writes are chained: two logouts at once never interleave
    persist: (revoked) => {
      const next = chain.then(() => writeFileDurable(file, JSON.stringify(revoked)))
      chain = next.catch(() => undefined)
      return next
    },
  }
}
