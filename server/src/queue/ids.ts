import { randomBytes, randomUUID } from 'node:crypto'

export interface IdSource {
  newId: () => string
  newTrackingCode: () => string
}

const CODE_BYTES = 9
/** Random bytes drawn 4 KB at a time (as randomUUID does): one call into the system's generator per 455 codes, not per code. */
let pool = Buffer.alloc(0)
let used = 0

/** 72 random bits, 12 URL-safe characters: unguessable, and short enough for a small QR code. Each code takes fresh bytes. */
export function newTrackingCode(): string {
  if (used + CODE_BYTES > pool.length) {
    pool = randomBytes(455 * CODE_BYTES)
    used = 0
  }
  const code = pool.toString('base64url', used, used + CODE_BYTES)
  used += CODE_BYTES
  return code
}

export const cryptoIds: IdSource = { newId: randomUUID, newTrackingCode }
