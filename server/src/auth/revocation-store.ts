import { join } from 'node:path'
import { LuotError, RevokedSessionsFile } from '@luot/shared'
import { readCheckedFile } from '../store/checked-file.js'
import { writeFileDurable } from '../store/durable-file.js'

/**
 * Where logged-out sessions are kept until they would have expired (nonce → expiry, ms). Small on
 * purpose: a PostgreSQL table is one more implementation of this, not a change to the auth code.
 */
export interface RevocationStore {
  /** The stored revocations; a store that cannot be read or checked throws (the server does not start). */
  load(): Promise<Record<string, number>>
  /** Replaces the stored set durably; rejects with LuotError STORAGE_FAILED when it cannot. */
  persist(revoked: Record<string, number>): Promise<void>
}

/** For an injected (in-memory) queue store: revocations last as long as the process. */
export const memoryRevocations = (): RevocationStore => ({ load: async () => ({}), persist: async () => undefined })

/** DATA_DIR/revoked-sessions.json, written with the durable tmp+fsync+rename+dir-fsync dance. */
export function fileRevocations(dataDir: string): RevocationStore {
  const file = join(dataDir, 'revoked-sessions.json')
  let chain: Promise<unknown> = Promise.resolve()
  return {
    load: async () => (await readCheckedFile(file, RevokedSessionsFile)) ?? {},
    // writes are chained: two logouts at once never interleave
    persist: (revoked) => {
      const next = chain.then(() => writeFileDurable(file, JSON.stringify(revoked)))
      chain = next.catch(() => undefined)
      return next.catch(() => {
        throw new LuotError('STORAGE_FAILED', 'the logout could not be stored')
      })
    },
  }
}
