import { join } from 'node:path'
import { RevokedSessionsFile, SerialQueue } from '@luot/shared'
import { readCheckedFile } from '../store/checked-file.js'
import { writeFileDurable } from '../store/durable-file.js'

/**
 * Where logged-out sessions are kept until they would have expired (nonce → expiry, ms). Small on
 * purpose: a PostgreSQL table is one more implementation of this, not a change to the auth code.
 */
export interface RevocationStore {
  /** The stored revocations; a store that cannot be read or checked throws (the server does not start). */
  load(): Promise<Record<string, number>>
  /** Replaces the stored set durably; rejects when it cannot (the logout then answers 503 STORAGE_FAILED). */
  persist(revoked: Record<string, number>): Promise<void>
}

/** For an injected (in-memory) queue store: revocations last as long as the process. */
export const memoryRevocations = (): RevocationStore => ({ load: async () => ({}), persist: async () => undefined })

/** DATA_DIR/revoked-sessions.json, written with the durable tmp+fsync+rename+dir-fsync dance. */
export function fileRevocations(dataDir: string): RevocationStore {
  const file = join(dataDir, 'revoked-sessions.json')
  const writes = new SerialQueue() // two logouts at once never interleave
  return {
    load: async () => (await readCheckedFile(file, RevokedSessionsFile)) ?? {},
    persist: (revoked) => writes.run(() => writeFileDurable(file, JSON.stringify(revoked))),
  }
}
