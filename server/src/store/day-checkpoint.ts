import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { readFile, unlink } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { DayState } from '@luot/shared'
import { replaceFileDurably } from './durable-file.js'

/**
 * A day's state as of one record of its journal, written when the server stops cleanly, so the next
 * start folds only the records after it instead of replaying a 10,000-ticket day (half a second).
 * It is a cache, never the truth: the journal is. The file says
 * - which records it covers: their count and the bytes they take, and the SHA-256 of those bytes,
 *   checked against the journal at start (a journal restored from a backup, cut or edited no longer
 *   matches: the checkpoint is ignored and the day replayed);
 * - which code folded them: a fingerprint of the domain's source files (a release whose fold
 *   differs replays the day instead of trusting another release's state);
 * - the SHA-256 of the state's text, so a damaged file is ignored too.
 * Any doubt means a full replay, which is always right, only slower.
 */
export interface Checkpoint {
  seq: number
  bytes: number
  state: DayState
}

const FORMAT = 1

interface Header {
  format: number
  code: string
  date: string
  seq: number
  bytes: number
  journalSha: string
  stateSha: string
}

const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')

let fingerprint: string | null | undefined

/**
 * The SHA-256 of the files of the domain folder (the fold and the rules it applies), read once; null
 * when they cannot be read (a bundle deployed without them), and then no checkpoint is trusted or written.
 */
export function codeFingerprint(): string | null {
  if (fingerprint !== undefined) return fingerprint
  try {
    const dir = fileURLToPath(new URL('../domain/', import.meta.url))
    const files = readdirSync(dir).filter((f) => /\.(js|ts)$/.test(f) && !/\.test\./.test(f)).sort()
    const h = createHash('sha256')
    for (const f of files) h.update(f).update(readFileSync(dir + f))
    fingerprint = files.length > 0 ? h.digest('hex') : null
  } catch {
    fingerprint = null
  }
  return fingerprint
}

/** Writes the checkpoint of `state` (the fold of the journal's first `seq` records, `bytes` long) durably. */
export async function writeCheckpoint(file: string, journal: string, seq: number, bytes: number, state: DayState): Promise<void> {
  const code = codeFingerprint()
  if (code === null) return
  const prefix = (await readFile(journal)).subarray(0, bytes)
  if (prefix.length !== bytes) throw new Error(`${journal} is shorter (${prefix.length} bytes) than its acknowledged records (${bytes})`)
  const text = Buffer.from(JSON.stringify(state))
  const header: Header = { format: FORMAT, code, date: state.date, seq, bytes, journalSha: sha(prefix), stateSha: sha(text) }
  await replaceFileDurably(file, (fh) => fh.writeFile(Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), text])))
}

/**
 * The checkpoint of `date` if it matches `journal` (the journal file's content) and this release's
 * code; otherwise null, with why in `log` (nothing is wrong with the data then: the day is replayed).
 */
export async function readCheckpoint(file: string, date: string, journal: Buffer, log: (m: string) => void): Promise<Checkpoint | null> {
  let text: Buffer
  try {
    text = await readFile(file)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code !== 'ENOENT') log(`${file}: checkpoint unreadable (${code}); replaying the whole journal instead`)
    return null
  }
  // hashed as bytes: hashing the decoded text would encode it back, 40 ms for a 10,000-ticket day
  const nl = text.indexOf(10)
  let header: Header
  try {
    header = JSON.parse(text.toString('utf8', 0, nl)) as Header
  } catch {
    header = {} as Header
  }
  const body = text.subarray(nl + 1)
  const why =
    nl < 0 || header.format !== FORMAT || header.date !== date
      ? 'unreadable'
      : header.code !== codeFingerprint()
        ? 'made by another release'
        : header.bytes > journal.length || sha(journal.subarray(0, header.bytes)) !== header.journalSha
          ? 'does not match the journal'
          : sha(body) !== header.stateSha
            ? 'damaged'
            : null
  if (why) {
    log(`${file}: checkpoint ${why}; replaying the whole journal instead`)
    return null
  }
  return { seq: header.seq, bytes: header.bytes, state: JSON.parse(body.toString('utf8')) as DayState }
}

/** Removes a day's checkpoint (a closed day needs none). */
export async function removeCheckpoint(file: string): Promise<void> {
  await unlink(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err
  })
}
